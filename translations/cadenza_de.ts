<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="27"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="31"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>Cadenza cannot start</source>
        <translation>Cadenza kann nicht starten</translation>
    </message>
</context>
<context>
    <name>cadenza::AnalysisPanel</name>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="51"/>
        <location filename="../ui/AnalysisPanel.cpp" line="142"/>
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="54"/>
        <source>&lt;b&gt;Analysis&lt;/b&gt;</source>
        <translation>&lt;b&gt;Analyse&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="64"/>
        <source>Measure tempo, beats, key, loudness and sections</source>
        <translation>Tempo, Schläge, Tonart, Lautheit und Abschnitte messen</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="68"/>
        <source>Analysing…</source>
        <translation>Wird analysiert…</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="82"/>
        <source>Select a track to see its tempo, key, loudness and sections.</source>
        <translation>Wähle einen Titel, um Tempo, Tonart, Lautheit und Abschnitte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="90"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="105"/>
        <source>bright</source>
        <translation>hell</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="106"/>
        <source>dark</source>
        <translation>dunkel</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="107"/>
        <source>neither bright nor dark</source>
        <translation>weder hell noch dunkel</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="108"/>
        <source>excited</source>
        <translation>erregt</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="109"/>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="110"/>
        <source>steady</source>
        <translation>gleichmäßig</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="111"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="125"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 BPM&lt;/b&gt; · &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; · %3&lt;br&gt;%4 · %5&lt;br&gt;%6 LUFS · range %7 LU · peak %8 dBTP&lt;br&gt;Sections: %9</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 BPM&lt;/b&gt; · &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; · %3&lt;br&gt;%4 · %5&lt;br&gt;%6 LUFS · Umfang %7 LU · Spitze %8 dBTP&lt;br&gt;Teile: %9</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="133"/>
        <source>As the song was composed and mastered</source>
        <translation>So, wie der Song komponiert und gemastert wurde</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="141"/>
        <source>This track has not been analysed yet.</source>
        <translation>Dieser Titel wurde noch nicht analysiert.</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="147"/>
        <source>Analyse again</source>
        <translation>Erneut analysieren</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="149"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 BPM&lt;/b&gt; · &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%3 LUFS · range %4 LU · peak %5 dBTP</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 BPM&lt;/b&gt; · &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%3 LUFS · Umfang %4 LU · Spitze %5 dBTP</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="170"/>
        <source>How much of each pitch class the music holds: the key&apos;s notes stand tallest</source>
        <translation>Wie viel jede Tonklasse in der Musik vorkommt: die Töne der Tonart ragen am höchsten</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="178"/>
        <source>&lt;span title=&apos;How clearly the music sits in that key, from 0 to 1&apos;&gt;Key certainty %1&lt;/span&gt; · %2 beats</source>
        <translation>&lt;span title=&apos;Wie klar die Musik in dieser Tonart steht, von 0 bis 1&apos;&gt;Tonartsicherheit %1&lt;/span&gt; · %2 Schläge</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="183"/>
        <source>&lt;span title=&apos;Where the music lies between dark and bright, and between calm and excited&apos;&gt;Mood: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;/span&gt;</source>
        <translation>&lt;span title=&apos;Wo die Musik zwischen dunkel und hell und zwischen ruhig und erregt liegt&apos;&gt;Stimmung: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="187"/>
        <source>Sections: %1</source>
        <translation>Teile: %1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="189"/>
        <source>&lt;span title=&apos;The centre of the sound&amp;#39;s spectrum: higher is brighter&apos;&gt;Brightness %1 Hz&lt;/span&gt; · &lt;span title=&apos;Below this frequency lies 85% of the sound&amp;#39;s energy&apos;&gt;reach %2 Hz&lt;/span&gt;</source>
        <translation>&lt;span title=&apos;Die Mitte des Klangspektrums: höher ist heller&apos;&gt;Helligkeit %1 Hz&lt;/span&gt; · &lt;span title=&apos;Unterhalb dieser Frequenz liegen 85 % der Energie des Klangs&apos;&gt;Reichweite %2 Hz&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="193"/>
        <source>&lt;span title=&apos;0 for pure tones, 1 for noise&apos;&gt;Noisiness %1&lt;/span&gt; · &lt;span title=&apos;How far the loud moments stand above the quiet ones&apos;&gt;dynamics %2 dB&lt;/span&gt; · &lt;span title=&apos;How much the notes heard together clash, from 0 to 1&apos;&gt;roughness %3&lt;/span&gt;</source>
        <translation>&lt;span title=&apos;0 für reine Töne, 1 für Rauschen&apos;&gt;Rauschanteil %1&lt;/span&gt; · &lt;span title=&apos;Wie weit die lauten Stellen über den leisen liegen&apos;&gt;Dynamik %2 dB&lt;/span&gt; · &lt;span title=&apos;Wie sehr die gleichzeitig klingenden Töne sich reiben, von 0 bis 1&apos;&gt;Rauheit %3&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>cadenza::ArrangementCanvas</name>
    <message>
        <location filename="../ui/ArrangementCanvas.cpp" line="46"/>
        <source>Click to move the playhead · drag on the ruler to loop · Ctrl+wheel to zoom · wheel to scroll · right-click a section for its edits</source>
        <translation>Klicken setzt die Abspielposition · Ziehen auf dem Lineal setzt eine Schleife · Strg+Mausrad zoomt · Mausrad blättert · Rechtsklick auf einen Teil zeigt seine Bearbeitungen</translation>
    </message>
    <message>
        <location filename="../ui/ArrangementCanvas.cpp" line="284"/>
        <source>Generate a song or choose one in the Library: its stems play here</source>
        <translation>Erzeuge einen Song oder wähle einen in der Bibliothek: seine Spuren spielen hier</translation>
    </message>
</context>
<context>
    <name>cadenza::ArrangementView</name>
    <message>
        <location filename="../ui/ArrangementView.cpp" line="37"/>
        <source>&lt;b&gt;Stems&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spuren&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ArrangementView.cpp" line="128"/>
        <source>%1 BPM · %2</source>
        <translation>%1 BPM · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArrangementView.cpp" line="133"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n Teil</numerusform>
            <numerusform>%n Teile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArrangementView.cpp" line="134"/>
        <source>%n stem(s)</source>
        <translation>
            <numerusform>%n Spur</numerusform>
            <numerusform>%n Spuren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArrangementView.cpp" line="135"/>
        <location filename="../ui/ArrangementView.cpp" line="140"/>
        <source>Song</source>
        <translation>Song</translation>
    </message>
</context>
<context>
    <name>cadenza::EditActions</name>
    <message>
        <location filename="../ui/EditActions.cpp" line="30"/>
        <source>&amp;Undo edit</source>
        <translation>Bearbeitung &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/EditActions.cpp" line="31"/>
        <source>&amp;Redo edit</source>
        <translation>Bearbeitung &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/EditActions.cpp" line="33"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/EditActions.cpp" line="81"/>
        <source>Regenerate the melody</source>
        <translation>Melodie neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/EditActions.cpp" line="82"/>
        <source>Regenerate melody and chords</source>
        <translation>Melodie und Akkorde neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/EditActions.cpp" line="85"/>
        <source>Regenerate everything</source>
        <translation>Alles neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/EditActions.cpp" line="88"/>
        <source>Extend after</source>
        <translation>Danach verlängern</translation>
    </message>
    <message>
        <location filename="../ui/EditActions.cpp" line="95"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/EditActions.cpp" line="104"/>
        <source>Sound of %1</source>
        <translation>Klang von %1</translation>
    </message>
</context>
<context>
    <name>cadenza::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="27"/>
        <source>WAV (uncompressed)</source>
        <translation>WAV (unkomprimiert)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="28"/>
        <source>FLAC (lossless)</source>
        <translation>FLAC (verlustfrei)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="29"/>
        <source>MP3 (320 kbps)</source>
        <translation>MP3 (320 kbit/s)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="30"/>
        <source>Ogg Vorbis</source>
        <translation>Ogg Vorbis</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="31"/>
        <source>Opus</source>
        <translation>Opus</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="32"/>
        <source>MIDI (the notes)</source>
        <translation>MIDI (die Noten)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33"/>
        <source>Stems (WAV files in a folder)</source>
        <translation>Spuren (WAV-Dateien in einem Ordner)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="34"/>
        <source>Stems (WAV files in one zip)</source>
        <translation>Spuren (WAV-Dateien in einem Zip)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="52"/>
        <source>Embed the cover art</source>
        <translation>Cover einbetten</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="53"/>
        <source>The mix as you hear it (the mixer&apos;s volumes, pans, mutes and solos)</source>
        <translation>Die Mischung, wie du sie hörst (Lautstärken, Panorama, Stumm und Solo des Mischpults)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="56"/>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="74"/>
        <source>24-bit</source>
        <translation>24 Bit</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="75"/>
        <source>16-bit (CD)</source>
        <translation>16 Bit (CD)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="77"/>
        <source>The stems summed as the studio plays them now, instead of the mastered song</source>
        <translation>Die Spuren so summiert, wie das Studio sie gerade spielt, statt des gemasterten Songs</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="81"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="87"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="88"/>
        <source>Bit depth:</source>
        <translation>Bittiefe:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="91"/>
        <source>Artist:</source>
        <translation>Künstler:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="92"/>
        <source>Album:</source>
        <translation>Album:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="93"/>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="96"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="144"/>
        <source>Folder for the stems</source>
        <translation>Ordner für die Spuren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="146"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>cadenza::GeneratePanel</name>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="38"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="39"/>
        <source>Set the sampling</source>
        <translation>Sampling selbst einstellen</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="46"/>
        <source>Describe the music: &quot;warm lo-fi beat for a rainy night, 80 bpm&quot;</source>
        <translation>Beschreibe die Musik: „warmer Lo-Fi-Beat für eine Regennacht, 80 bpm“</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="53"/>
        <source>Words that name a genre, a mood, instruments, a tempo, a key or a length all count</source>
        <translation>Jedes Wort zählt, das ein Genre, eine Stimmung, Instrumente, ein Tempo, eine Tonart oder eine Länge nennt</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="57"/>
        <location filename="../ui/GeneratePanel.cpp" line="60"/>
        <location filename="../ui/GeneratePanel.cpp" line="64"/>
        <location filename="../ui/GeneratePanel.cpp" line="66"/>
        <location filename="../ui/GeneratePanel.cpp" line="70"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="65"/>
        <source> BPM</source>
        <translation> BPM</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="75"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="78"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="79"/>
        <source>The same prompt, options and seed make the same song</source>
        <translation>Gleiche Beschreibung, Optionen und Seed ergeben den gleichen Song</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="81"/>
        <source>Several versions of the same idea, each with the next seed</source>
        <translation>Mehrere Fassungen derselben Idee, jede mit dem nächsten Seed</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="100"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="102"/>
        <source>The checkpoint to use, by its folder in the models folder</source>
        <translation>Das zu verwendende Modell, nach seinem Ordner im Modellordner</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="106"/>
        <source>How closely the music follows the prompt (classifier-free guidance; 1 turns it off)</source>
        <translation>Wie genau die Musik der Beschreibung folgt (Classifier-free Guidance; 1 schaltet sie aus)</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="110"/>
        <source>0 (greedy)</source>
        <translation>0 (gierig)</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="111"/>
        <source>Higher is more surprising; 0 always takes the likeliest sound</source>
        <translation>Höher ist überraschender; 0 nimmt immer den wahrscheinlichsten Klang</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="113"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="114"/>
        <source>Sample from this many of the likeliest sounds at each step</source>
        <translation>Bei jedem Schritt aus so vielen der wahrscheinlichsten Klänge wählen</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="118"/>
        <source>Sample from the likeliest sounds that together hold this share of the probability (1 turns it off)</source>
        <translation>Aus den wahrscheinlichsten Klängen wählen, die zusammen diesen Anteil der Wahrscheinlichkeit haben (1 schaltet es aus)</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="120"/>
        <source>Off: the model&apos;s own published settings, shown below</source>
        <translation>Aus: die veröffentlichten Einstellungen des Modells, unten angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="121"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="123"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="124"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="125"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="126"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="131"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="132"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="133"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="134"/>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="135"/>
        <source>Meter</source>
        <translation>Takt</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="136"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="137"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="138"/>
        <source>Takes</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="139"/>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="143"/>
        <source>Engine, genre, mood, tempo, key, meter, length, seed and takes: each remembers its last value</source>
        <translation>Engine, Genre, Stimmung, Tempo, Tonart, Takt, Länge, Startwert und Takes: jede Einstellung merkt sich ihren letzten Wert</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="150"/>
        <source>Melody</source>
        <translation>Melodie</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="154"/>
        <source>No melody: the composer writes its own</source>
        <translation>Keine Melodie: der Komponist schreibt eine eigene</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="158"/>
        <source>A melody to grow the song from</source>
        <translation>Eine Melodie, aus der der Song wächst</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="159"/>
        <source>Audio files (*.wav *.aif *.aiff *.flac *.ogg *.oga *.opus *.mp3);;All files (*)</source>
        <translation>Audiodateien (*.wav *.aif *.aiff *.flac *.ogg *.oga *.opus *.mp3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="168"/>
        <source>Try: &lt;a href=&apos;0&apos;&gt;lo-fi beat&lt;/a&gt; · &lt;a href=&apos;1&apos;&gt;house&lt;/a&gt; · &lt;a href=&apos;2&apos;&gt;jazz trio&lt;/a&gt; · &lt;a href=&apos;4&apos;&gt;celtic folk&lt;/a&gt;</source>
        <translation>Probiere: &lt;a href=&apos;0&apos;&gt;Lo-Fi-Beat&lt;/a&gt; · &lt;a href=&apos;1&apos;&gt;House&lt;/a&gt; · &lt;a href=&apos;2&apos;&gt;Jazztrio&lt;/a&gt; · &lt;a href=&apos;4&apos;&gt;Keltischer Folk&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="173"/>
        <source>&lt;b&gt;Create&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erschaffen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="312"/>
        <source>Choose or drop a recording…</source>
        <translation>Aufnahme wählen oder hierher ziehen…</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="313"/>
        <source>Hum, sing, whistle or play a tune of up to 90 s: it becomes the chorus, and the song takes its tempo and key</source>
        <translation>Summe, singe, pfeife oder spiele eine Melodie von bis zu 90 s: sie wird zum Refrain, und der Song übernimmt ihr Tempo und ihre Tonart</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="341"/>
        <source>Symbolic composer</source>
        <translation>Symbolischer Komponist</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="342"/>
        <source>%1 — not installed</source>
        <translation>%1 — nicht installiert</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="348"/>
        <source>Not installed. %1</source>
        <translation>Nicht installiert. %1</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="353"/>
        <source>Composes a score and renders it with a SoundFont: exact tempo, key and form, with MIDI</source>
        <translation>Komponiert eine Partitur und spielt sie mit einem SoundFont ein: genaues Tempo, genaue Tonart und Form, mit MIDI</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="355"/>
        <source>A neural network makes the audio from the prompt&apos;s words; the options are added as words. No MIDI</source>
        <translation>Ein neuronales Netz erzeugt den Klang aus den Worten der Beschreibung; die Optionen werden als Worte angehängt. Kein MIDI</translation>
    </message>
</context>
<context>
    <name>cadenza::JobListModel</name>
    <message>
        <location filename="../ui/JobListModel.cpp" line="14"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="16"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="18"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="20"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="22"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="24"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="32"/>
        <source>generate</source>
        <translation>erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="34"/>
        <source>import</source>
        <translation>importieren</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="36"/>
        <source>analyse</source>
        <translation>analysieren</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="38"/>
        <source>remix</source>
        <translation>remixen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="40"/>
        <source>separate</source>
        <translation>trennen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="42"/>
        <source>re-arrange</source>
        <translation>neu arrangieren</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="44"/>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="46"/>
        <source>export</source>
        <translation>exportieren</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="48"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="50"/>
        <source>transcribe</source>
        <translation>transkribieren</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="177"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="179"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="181"/>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="183"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="185"/>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="187"/>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="189"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>cadenza::JobPanel</name>
    <message>
        <location filename="../ui/JobPanel.cpp" line="45"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="45"/>
        <location filename="../ui/JobPanel.cpp" line="98"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="46"/>
        <source>Reveal result</source>
        <translation>Ergebnis zeigen</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="46"/>
        <source>Clear finished</source>
        <translation>Erledigte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="59"/>
        <source>Stop the selected job, or the one running; nothing half-made is kept</source>
        <translation>Den gewählten Auftrag anhalten, oder den laufenden; nichts Halbfertiges bleibt zurück</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="61"/>
        <source>Select the track this job made in the Library, or show the file it wrote</source>
        <translation>Den Titel, den dieser Auftrag erstellt hat, in der Bibliothek wählen, oder die geschriebene Datei zeigen</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="66"/>
        <source>Show or hide the jobs</source>
        <translation>Aufträge zeigen oder verbergen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/JobPanel.cpp" line="149"/>
        <source>Jobs (%n at work)</source>
        <translation>
            <numerusform>Aufträge (%n in Arbeit)</numerusform>
            <numerusform>Aufträge (%n in Arbeit)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="149"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="60"/>
        <source>Run the selected failed, cancelled or interrupted job again</source>
        <translation>Den gewählten fehlgeschlagenen, abgebrochenen oder unterbrochenen Auftrag erneut ausführen</translation>
    </message>
</context>
<context>
    <name>cadenza::LaneHeader</name>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="45"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="45"/>
        <source>Mute %1</source>
        <translation>%1 stummschalten</translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="46"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="46"/>
        <source>Solo %1</source>
        <translation>%1 solo</translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="58"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="59"/>
        <source>Drag the name out as a WAV file. </source>
        <translation>Den Namen als WAV-Datei herausziehen. </translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="60"/>
        <source>Right-click for its sounds and its notes.</source>
        <translation>Rechtsklick für Klänge und Noten.</translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="65"/>
        <source>Volume of %1</source>
        <translation>Lautstärke von %1</translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="67"/>
        <source>Pan of %1</source>
        <translation>Panorama von %1</translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="128"/>
        <source>−∞ dB</source>
        <translation>−∞ dB</translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="136"/>
        <source>C</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="137"/>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <location filename="../ui/LaneHeader.cpp" line="137"/>
        <source>R%1</source>
        <translation>R%1</translation>
    </message>
</context>
<context>
    <name>cadenza::LibraryModel</name>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="62"/>
        <source>%1 (take %2)</source>
        <translation>%1 (Take %2)</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="108"/>
        <source>Made from “%1”</source>
        <translation>Entstanden aus „%1“</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="127"/>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="129"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="131"/>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="141"/>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="165"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="167"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="169"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="171"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="173"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="175"/>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="177"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="179"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>cadenza::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Cadenza</source>
        <translation>Cadenza</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&lt;b&gt;Library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bibliothek&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Import audio…</source>
        <translation>Audio &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Import audio</source>
        <translation>Audio importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>Audio files (*.wav *.aif *.aiff *.flac *.ogg *.oga *.opus *.mp3);;All files (*)</source>
        <translation>Audiodateien (*.wav *.aif *.aiff *.flac *.ogg *.oga *.opus *.mp3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Open a project folder</source>
        <translation>Einen Projektordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;About Cadenza</source>
        <translation>Ü&amp;ber Cadenza</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>About Cadenza</source>
        <translation>Über Cadenza</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <location filename="../ui/MainWindow.cpp" line="855"/>
        <source>Transcribe to MIDI</source>
        <translation>In MIDI transkribieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>Transcribe “%1” to MIDI</source>
        <translation>„%1“ in MIDI transkribieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>Cannot record: %1</source>
        <translation>Aufnahme nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>&amp;Spectrogram</source>
        <translation>&amp;Spektrogramm</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>Show the track&apos;s frequencies under its waveform</source>
        <translation>Die Frequenzen des Titels unter seiner Wellenform zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Ganz zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>&amp;Follow the playhead</source>
        <translation>Abspielposition &amp;folgen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="349"/>
        <source>Play / Pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="350"/>
        <source>Stop and return to the start</source>
        <translation>Anhalten und zum Anfang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>Loop the region dragged on the ruler, or the section playing</source>
        <translation>Den auf dem Lineal gezogenen Bereich wiederholen, oder den spielenden Teil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <source>Go to start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>Go to end</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>Back 5 seconds</source>
        <translation>5 Sekunden zurück</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>Forward 5 seconds</source>
        <translation>5 Sekunden vor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>Cannot open the project %1</source>
        <translation>Das Projekt %1 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Search the library: title, prompt, genre, mood, key…</source>
        <translation>Bibliothek durchsuchen: Titel, Beschreibung, Genre, Stimmung, Tonart…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>Generate from a prompt &amp;list…</source>
        <translation>Aus einer Prompt-&amp;Liste erzeugen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>Prompt list</source>
        <translation>Prompt-Liste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>Prompt lists (*.txt *.jsonl);;All files (*)</source>
        <translation>Prompt-Listen (*.txt *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Play / pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stop and return to the start&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Loop on / off (the region dragged on the ruler, or the section playing)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt; / &lt;b&gt;−&lt;/b&gt;, &lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zoom in / out, zoom to fit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home&lt;/b&gt; / &lt;b&gt;End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Go to the start / the end&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left&lt;/b&gt; / &lt;b&gt;Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Back / forward 5 seconds&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Import audio files&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; in the prompt&lt;/td&gt;&lt;td&gt;Generate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+D&lt;/b&gt; in the Library&lt;/td&gt;&lt;td&gt;Favourite&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt; in the Library&lt;/td&gt;&lt;td&gt;Delete the track (asks first)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Click / drag on the ruler&lt;/td&gt;&lt;td&gt;Move the playhead / set a loop&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+wheel / wheel on the lanes&lt;/td&gt;&lt;td&gt;Zoom / scroll&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Right-click a section block&lt;/td&gt;&lt;td&gt;Regenerate, extend or remove it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Preferences&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Leertaste&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Abspielen / Pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Eingabe&lt;/b&gt; oder &lt;b&gt;0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Anhalten und zum Anfang&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Schleife an / aus (der auf dem Lineal gezogene Bereich, oder der spielende Teil)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt; / &lt;b&gt;−&lt;/b&gt;, &lt;b&gt;Strg+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vergrößern / verkleinern, ganz zeigen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pos1&lt;/b&gt; / &lt;b&gt;Ende&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zum Anfang / zum Ende&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Links&lt;/b&gt; / &lt;b&gt;Rechts&lt;/b&gt;&lt;/td&gt;&lt;td&gt;5 Sekunden zurück / vor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Audiodateien importieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Eingabe&lt;/b&gt; im Prompt&lt;/td&gt;&lt;td&gt;Erzeugen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+D&lt;/b&gt; in der Bibliothek&lt;/td&gt;&lt;td&gt;Favorit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entf&lt;/b&gt; in der Bibliothek&lt;/td&gt;&lt;td&gt;Titel löschen (fragt vorher)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Klicken / Ziehen auf dem Lineal&lt;/td&gt;&lt;td&gt;Abspielposition setzen / Schleife setzen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Mausrad / Mausrad auf den Spuren&lt;/td&gt;&lt;td&gt;Zoomen / blättern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rechtsklick auf einen Teil&lt;/td&gt;&lt;td&gt;Neu erzeugen, verlängern oder entfernen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Einstellungen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Beenden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>&lt;b&gt;Cadenza&lt;/b&gt; %1&lt;p&gt;An offline music studio: songs from words, made on your own machine.&lt;/p&gt;&lt;p&gt;Cadenza is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;The libraries, sounds and models it uses, and their licences, are listed in third-party.md, installed with its documentation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cadenza&lt;/b&gt; %1&lt;p&gt;Ein Musikstudio ohne Internet: Songs aus Worten, gemacht auf deinem eigenen Rechner.&lt;/p&gt;&lt;p&gt;Cadenza ist freie Software: Du kannst sie unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach deiner Wahl) jeder späteren Version. Sie kommt ohne jede Gewährleistung.&lt;/p&gt;&lt;p&gt;Die Bibliotheken, Klänge und Modelle, die sie verwendet, und ihre Lizenzen stehen in third-party.md, das mit ihrer Dokumentation installiert wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="440"/>
        <source>These are not audio files Cadenza can import (WAV, AIFF, FLAC, Ogg, Opus or MP3):
%1</source>
        <translation>Diese Dateien sind keine Audiodateien, die Cadenza importieren kann (WAV, AIFF, FLAC, Ogg, Opus oder MP3):
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>Keeping the recording…</source>
        <translation>Aufnahme wird gesichert…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="469"/>
        <source>Cannot keep the recording: %1</source>
        <translation>Aufnahme kann nicht gesichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="515"/>
        <source>Quit Cadenza</source>
        <translation>Cadenza beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="516"/>
        <source>%n job(s) are still at work. Quit and stop them? Nothing half-made is kept.</source>
        <translation>
            <numerusform>%n Auftrag ist noch in Arbeit. Beenden und ihn anhalten? Nichts Halbfertiges bleibt zurück.</numerusform>
            <numerusform>%n Aufträge sind noch in Arbeit. Beenden und sie anhalten? Nichts Halbfertiges bleibt zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>Queued %n song(s)</source>
        <translation>
            <numerusform>%n Song eingereiht</numerusform>
            <numerusform>%n Songs eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="563"/>
        <source>Loading the track…</source>
        <translation>Titel wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="577"/>
        <source>Cannot show this track: %1</source>
        <translation>Dieser Titel kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="699"/>
        <source>Compare: the remix plays at its original&apos;s loudness (%1 dB)</source>
        <translation>Vergleich: der Remix spielt in der Lautheit seines Originals (%1 dB)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="753"/>
        <source>Open “%1”</source>
        <translation>„%1“ öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="755"/>
        <source>It is ready; open it when you are done listening</source>
        <translation>Er ist fertig; öffne ihn, wenn du fertig gehört hast</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="783"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="790"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="790"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="797"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="798"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="800"/>
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="809"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="809"/>
        <source>Tags, separated by commas:</source>
        <translation>Schlagwörter, durch Kommas getrennt:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="818"/>
        <source>Show lineage</source>
        <translation>Herkunft zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="825"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="829"/>
        <source>Made from “%1” by %2</source>
        <translation>Aus „%1“ gemacht durch %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="831"/>
        <source>“%1” was made from it by %2</source>
        <translation>„%1“ wurde daraus gemacht durch %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="833"/>
        <source>This track was made from a prompt; nothing has been made from it yet.</source>
        <translation>Dieser Titel entstand aus einer Beschreibung; daraus wurde noch nichts gemacht.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="834"/>
        <source>Lineage of “%1”</source>
        <translation>Herkunft von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="836"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="844"/>
        <source>Delete track</source>
        <translation>Titel löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="845"/>
        <source>Delete “%1” and its files? This cannot be undone.</source>
        <translation>„%1“ und seine Dateien löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="849"/>
        <source>Separate stems</source>
        <translation>In Spuren zerlegen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="850"/>
        <source>Split into vocals, drums, bass and other, as a new track with those stems</source>
        <translation>In Gesang, Schlagzeug, Bass und Rest zerlegen, als neuen Titel mit diesen Spuren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="856"/>
        <source>Find the notes of the whole mix (Basic Pitch); a stem&apos;s are in its strip&apos;s menu</source>
        <translation>Die Noten der ganzen Mischung finden (Basic Pitch); die einer Spur stehen im Menü ihres Kanals</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="878"/>
        <source>Track deleted</source>
        <translation>Titel gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="915"/>
        <source>Job %1: %2 %3%</source>
        <translation>Auftrag %1: %2 %3%</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="917"/>
        <source>Job %1 failed: %2</source>
        <translation>Auftrag %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="919"/>
        <source>Job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
</context>
<context>
    <name>cadenza::ModelsDialog</name>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="26"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="28"/>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="30"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="39"/>
        <source>Add a model folder…</source>
        <translation>Modellordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="40"/>
        <source>Add a checkpoint file…</source>
        <translation>Checkpoint-Datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="41"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="43"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="43"/>
        <source>What it does</source>
        <translation>Was es tut</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="43"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="43"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="43"/>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="43"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="51"/>
        <source>Reading the models folder…</source>
        <translation>Lese den Modellordner…</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="52"/>
        <source>Open the models folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="61"/>
        <source>Neural engines run when their weights are in the models folder, %1. docs/models.md says where each is published.</source>
        <translation>Neuronale Engines laufen, wenn ihre Gewichte im Modellordner liegen, %1. docs/models.md sagt, wo jedes veröffentlicht ist.</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="76"/>
        <source>Add a model folder</source>
        <translation>Modellordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="82"/>
        <source>Add a checkpoint file</source>
        <translation>Checkpoint-Datei hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="82"/>
        <source>Demucs checkpoints (*.th)</source>
        <translation>Demucs-Checkpoints (*.th)</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="99"/>
        <source>Checking and copying %1…</source>
        <translation>Prüfe und kopiere %1…</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="105"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="108"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="129"/>
        <source>Get it from %1</source>
        <translation>Erhältlich bei %1</translation>
    </message>
    <message>
        <location filename="../ui/ModelsDialog.cpp" line="135"/>
        <source> (shipped)</source>
        <translation> (mitgeliefert)</translation>
    </message>
</context>
<context>
    <name>cadenza::NoteRollView</name>
    <message>
        <location filename="../ui/NoteRollView.cpp" line="22"/>
        <source>Whole mix</source>
        <translation>Ganze Mischung</translation>
    </message>
    <message>
        <location filename="../ui/NoteRollView.cpp" line="29"/>
        <source>Which transcription to show</source>
        <translation>Welche Transkription gezeigt wird</translation>
    </message>
    <message>
        <location filename="../ui/NoteRollView.cpp" line="48"/>
        <source>The notes transcribed from this track. Drag them out as a MIDI file.</source>
        <translation>Die aus diesem Titel transkribierten Noten. Als MIDI-Datei herausziehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NoteRollView.cpp" line="60"/>
        <source>%1: %n note(s)</source>
        <translation>
            <numerusform>%1: %n Note</numerusform>
            <numerusform>%1: %n Noten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NoteRollView.cpp" line="140"/>
        <source>Drag to a DAW or a folder: %1</source>
        <translation>In eine DAW oder einen Ordner ziehen: %1</translation>
    </message>
</context>
<context>
    <name>cadenza::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="44"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="47"/>
        <location filename="../ui/PreferencesDialog.cpp" line="52"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="50"/>
        <source>None (silent)</source>
        <translation>Keine (stumm)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="56"/>
        <source>What Record captures: a microphone, an instrument</source>
        <translation>Was „Aufnehmen“ aufzeichnet: ein Mikrofon, ein Instrument</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="58"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="59"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="60"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="67"/>
        <source>Unavailable: this build of Cadenza, or this machine, has no CUDA support</source>
        <translation>Nicht verfügbar: dieser Build von Cadenza oder dieser Rechner unterstützt kein CUDA</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="73"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="78"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="79"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="80"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="84"/>
        <source>Audio output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="85"/>
        <source>Audio input</source>
        <translation>Audioeingang</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="86"/>
        <source>Compute device</source>
        <translation>Rechengerät</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="87"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="88"/>
        <source>&lt;small&gt;Takes effect at the next start.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Gilt ab dem nächsten Start.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="89"/>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="90"/>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="91"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="92"/>
        <source>&lt;small&gt;The language changes at the next start.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Die Sprache wechselt beim nächsten Start.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>cadenza::RemixPanel</name>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="23"/>
        <location filename="../ui/RemixPanel.cpp" line="24"/>
        <source>Remix</source>
        <translation>Remix</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="23"/>
        <source>Keep the recording&apos;s audio</source>
        <translation>Den Klang der Aufnahme behalten</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="24"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="30"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="31"/>
        <source>Faster or slower without changing the pitch</source>
        <translation>Schneller oder langsamer, ohne die Tonhöhe zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="33"/>
        <source> semitones</source>
        <translation> Halbtöne</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="34"/>
        <source>Higher or lower without changing the length</source>
        <translation>Höher oder tiefer, ohne die Länge zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="35"/>
        <source>No effects</source>
        <translation>Keine Effekte</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="39"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="40"/>
        <source>Pitch</source>
        <translation>Tonhöhe</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="41"/>
        <source>Effects</source>
        <translation>Effekte</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="42"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="43"/>
        <source>Keep the genre</source>
        <translation>Genre beibehalten</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="44"/>
        <source>The same melody, chords and form played by another genre&apos;s band: a recording&apos;s are heard in it (its vocals stem, or vocals separated from it), a generated song&apos;s come from its score.</source>
        <translation>Dieselbe Melodie, dieselben Akkorde und dieselbe Form, gespielt von der Band eines anderen Genres: bei einer Aufnahme herausgehört (aus ihrer Gesangsspur oder dem abgetrennten Gesang), bei einem erzeugten Song aus seiner Partitur.</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="48"/>
        <source>For a recording: keep its audio instead, move it to the genre&apos;s tempo and sound, and add the genre&apos;s drums on the beat</source>
        <translation>Für eine Aufnahme: stattdessen ihren Klang behalten, ihn auf Tempo und Klang des Genres bringen und das Schlagzeug des Genres auf den Schlag legen</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="64"/>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="69"/>
        <source>&lt;b&gt;Remix&lt;/b&gt;</source>
        <translation>&lt;b&gt;Remix&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="106"/>
        <source>Select a track to remix it.</source>
        <translation>Wähle einen Titel, um ihn zu remixen.</translation>
    </message>
</context>
<context>
    <name>cadenza::ShareActions</name>
    <message>
        <location filename="../ui/ShareActions.cpp" line="27"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="28"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="29"/>
        <source>Write the track as WAV, FLAC, MP3, Ogg, Opus, MIDI or stems, tagged, with its cover</source>
        <translation>Den Titel als WAV, FLAC, MP3, Ogg, Opus, MIDI oder Spuren schreiben, mit Tags und Cover</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="35"/>
        <source>Make music video…</source>
        <translation>Musikvideo erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="36"/>
        <source>A 1080p video of the track: its cover, title and spectrum bars that move with it</source>
        <translation>Ein 1080p-Video des Titels: Cover, Titel und Spektrumbalken, die sich mit der Musik bewegen</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="38"/>
        <source>New cover</source>
        <translation>Neues Cover</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="39"/>
        <source>Draw another cover for the track, and keep it</source>
        <translation>Ein anderes Cover für den Titel zeichnen und behalten</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="41"/>
        <source>Compare takes</source>
        <translation>Fassungen vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="42"/>
        <source>Set the takes generated with this one side by side, to keep the best</source>
        <translation>Die mit diesem Titel erzeugten Fassungen nebeneinanderstellen, um die beste zu behalten</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="69"/>
        <source>Exporting to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="71"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="81"/>
        <source>Save the music video</source>
        <translation>Musikvideo speichern</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="81"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="85"/>
        <source>Making the music video: it appears in the job list</source>
        <translation>Das Musikvideo entsteht: es erscheint in der Auftragsliste</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="101"/>
        <source>This track was generated alone: it has no other takes</source>
        <translation>Dieser Titel wurde allein erzeugt: er hat keine anderen Fassungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ShareActions.cpp" line="129"/>
        <source>Queued %n song(s) from %1</source>
        <translation>
            <numerusform>%n Song aus %1 eingereiht</numerusform>
            <numerusform>%n Songs aus %1 eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="132"/>
        <source>Prompt list</source>
        <translation>Prompt-Liste</translation>
    </message>
</context>
<context>
    <name>cadenza::TakesDialog</name>
    <message>
        <location filename="../ui/TakesDialog.cpp" line="23"/>
        <source>Takes</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/TakesDialog.cpp" line="24"/>
        <source>Takes of “%1”</source>
        <translation>Fassungen von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/TakesDialog.cpp" line="34"/>
        <source>drawing…</source>
        <translation>wird gezeichnet…</translation>
    </message>
    <message>
        <location filename="../ui/TakesDialog.cpp" line="37"/>
        <source>&lt;b&gt;Take %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fassung %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/TakesDialog.cpp" line="38"/>
        <source>seed %1 · %2 BPM · %3</source>
        <translation>Seed %1 · %2 BPM · %3</translation>
    </message>
    <message>
        <location filename="../ui/TakesDialog.cpp" line="44"/>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <location filename="../ui/TakesDialog.cpp" line="45"/>
        <source>Load this take in the player and play it</source>
        <translation>Diese Fassung in den Player laden und abspielen</translation>
    </message>
    <message>
        <location filename="../ui/TakesDialog.cpp" line="48"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/TakesDialog.cpp" line="62"/>
        <source>Keep ticked, delete the rest…</source>
        <translation>Angehakte behalten, Rest löschen…</translation>
    </message>
    <message>
        <location filename="../ui/TakesDialog.cpp" line="70"/>
        <source>Tick the takes to keep first.</source>
        <translation>Hake zuerst die Fassungen an, die bleiben sollen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TakesDialog.cpp" line="74"/>
        <source>Delete the %n take(s) not ticked, with their files?</source>
        <translation>
            <numerusform>Die %n nicht angehakte Fassung mit ihren Dateien löschen?</numerusform>
            <numerusform>Die %n nicht angehakten Fassungen mit ihren Dateien löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cadenza::TransportBar</name>
    <message>
        <location filename="../ui/TransportBar.cpp" line="35"/>
        <source>Return to the start (Home)</source>
        <translation>Zum Anfang (Pos1)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="36"/>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="38"/>
        <source>Stop and return to the start (Enter or 0)</source>
        <translation>Anhalten und zum Anfang (Eingabe oder 0)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="40"/>
        <source>Loop the region dragged on the ruler, or the section playing (L)</source>
        <translation>Den auf dem Lineal gezogenen Bereich wiederholen, oder den spielenden Teil (L)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="42"/>
        <source>Record from the input into a new track: an idea, a hummed melody</source>
        <translation>Vom Eingang in einen neuen Titel aufnehmen: eine Idee, eine gesummte Melodie</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="57"/>
        <source>Position in bars and beats, and in minutes and seconds</source>
        <translation>Position in Takten und Schlägen, und in Minuten und Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="59"/>
        <source>Master: the peak of each channel</source>
        <translation>Summe: die Spitze jedes Kanals</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="60"/>
        <source>Momentary loudness of the mix (EBU R 128, the last 0.4 s)</source>
        <translation>Momentane Lautheit der Mischung (EBU R 128, die letzten 0,4 s)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="104"/>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="216"/>
        <source>● REC %1</source>
        <translation>● AUFN. %1</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="225"/>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="226"/>
        <source>— LUFS</source>
        <translation>— LUFS</translation>
    </message>
</context>
<context>
    <name>cadenza::WaveformView</name>
    <message>
        <location filename="../ui/WaveformView.cpp" line="25"/>
        <source>Click to move the playhead · Shift-drag to loop · wheel to zoom · Shift-wheel to scroll</source>
        <translation>Klicken setzt die Abspielposition · Umschalt-Ziehen wählt eine Schleife · Mausrad zoomt · Umschalt+Mausrad blättert</translation>
    </message>
    <message>
        <location filename="../ui/WaveformView.cpp" line="164"/>
        <source>Select a track in the Library to see its waveform</source>
        <translation>Wähle einen Titel in der Bibliothek, um seine Wellenform zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/WaveformView.cpp" line="218"/>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
</context>
</TS>
