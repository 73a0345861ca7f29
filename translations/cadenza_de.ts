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
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>Cadenza cannot start</source>
        <translation>Cadenza kann nicht starten</translation>
    </message>
</context>
<context>
    <name>cadenza::AnalysisPanel</name>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="51"/>
        <location filename="../ui/AnalysisPanel.cpp" line="93"/>
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
        <location filename="../ui/AnalysisPanel.cpp" line="81"/>
        <source>Select a track to see its tempo, key, loudness and sections.</source>
        <translation>Wähle einen Titel, um Tempo, Tonart, Lautheit und Abschnitte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="92"/>
        <source>This track has not been analysed yet.</source>
        <translation>Dieser Titel wurde noch nicht analysiert.</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="98"/>
        <source>Analyse again</source>
        <translation>Erneut analysieren</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="100"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 BPM&lt;/b&gt; · &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%3 LUFS · range %4 LU · peak %5 dBTP</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 BPM&lt;/b&gt; · &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%3 LUFS · Umfang %4 LU · Spitze %5 dBTP</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="120"/>
        <source>Key confidence %1 · %2 beats&lt;br&gt;Brightness %3 Hz · rolloff %4 Hz&lt;br&gt;Noisiness %5 · dynamics %6 dB · dissonance %7&lt;br&gt;Sections: %8</source>
        <translation>Tonart-Sicherheit %1 · %2 Schläge&lt;br&gt;Helligkeit %3 Hz · Rolloff %4 Hz&lt;br&gt;Rauschanteil %5 · Dynamik %6 dB · Dissonanz %7&lt;br&gt;Abschnitte: %8</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPanel.cpp" line="131"/>
        <source>&lt;br&gt;Mood: &lt;b&gt;%1&lt;/b&gt; (valence %2, arousal %3)</source>
        <translation>&lt;br&gt;Stimmung: &lt;b&gt;%1&lt;/b&gt; (Valenz %2, Erregung %3)</translation>
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
        <location filename="../ui/ExportDialog.cpp" line="51"/>
        <source>Embed the cover art</source>
        <translation>Cover einbetten</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="53"/>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="71"/>
        <source>24-bit</source>
        <translation>24 Bit</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="72"/>
        <source>16-bit (CD)</source>
        <translation>16 Bit (CD)</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="76"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="82"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="83"/>
        <source>Bit depth:</source>
        <translation>Bittiefe:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="85"/>
        <source>Artist:</source>
        <translation>Künstler:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="86"/>
        <source>Album:</source>
        <translation>Album:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="87"/>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="90"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="137"/>
        <source>Folder for the stems</source>
        <translation>Ordner für die Spuren</translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="139"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>cadenza::GeneratePanel</name>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="24"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="26"/>
        <source>Describe the music: &quot;warm lo-fi beat for a rainy night, 80 bpm&quot;</source>
        <translation>Beschreibe die Musik: „warmer Lo-Fi-Beat für eine Regennacht, 80 bpm“</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="33"/>
        <source>Words that name a genre, a mood, instruments, a tempo, a key or a length all count</source>
        <translation>Jedes Wort zählt, das ein Genre, eine Stimmung, Instrumente, ein Tempo, eine Tonart oder eine Länge nennt</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="37"/>
        <location filename="../ui/GeneratePanel.cpp" line="40"/>
        <location filename="../ui/GeneratePanel.cpp" line="44"/>
        <location filename="../ui/GeneratePanel.cpp" line="46"/>
        <location filename="../ui/GeneratePanel.cpp" line="50"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="45"/>
        <source> BPM</source>
        <translation> BPM</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="55"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="58"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="59"/>
        <source>The same prompt, options and seed make the same song</source>
        <translation>Gleiche Beschreibung, Optionen und Seed ergeben den gleichen Song</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="61"/>
        <source>Several versions of the same idea, each with the next seed</source>
        <translation>Mehrere Fassungen derselben Idee, jede mit dem nächsten Seed</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="68"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="69"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="70"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="71"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="72"/>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="73"/>
        <source>Meter</source>
        <translation>Takt</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="74"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="75"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="76"/>
        <source>Takes</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="78"/>
        <source>&lt;b&gt;Create&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erschaffen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="121"/>
        <source>Symbolic composer</source>
        <translation>Symbolischer Komponist</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="122"/>
        <source>%1 — not installed</source>
        <translation>%1 — nicht installiert</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="128"/>
        <source>Not installed. %1</source>
        <translation>Nicht installiert. %1</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="133"/>
        <source>Composes a score and renders it with a SoundFont: exact tempo, key and form, with MIDI</source>
        <translation>Komponiert eine Partitur und spielt sie mit einem SoundFont ein: genaues Tempo, genaue Tonart und Form, mit MIDI</translation>
    </message>
    <message>
        <location filename="../ui/GeneratePanel.cpp" line="135"/>
        <source>A neural network makes the audio from the prompt&apos;s words; the options are added as words. No MIDI</source>
        <translation>Ein neuronales Netz erzeugt den Klang aus den Worten der Beschreibung; die Optionen werden als Worte angehängt. Kein MIDI</translation>
    </message>
</context>
<context>
    <name>cadenza::JobListModel</name>
    <message>
        <location filename="../ui/JobListModel.cpp" line="17"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="19"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="21"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="23"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="25"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="27"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="35"/>
        <source>generate</source>
        <translation>erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="37"/>
        <source>import</source>
        <translation>importieren</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="39"/>
        <source>analyse</source>
        <translation>analysieren</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="41"/>
        <source>remix</source>
        <translation>remixen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="43"/>
        <source>separate</source>
        <translation>trennen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="45"/>
        <source>re-arrange</source>
        <translation>neu arrangieren</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="47"/>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="49"/>
        <source>export</source>
        <translation>exportieren</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="51"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="139"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="141"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="143"/>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="145"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="147"/>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="149"/>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../ui/JobListModel.cpp" line="151"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>cadenza::JobPanel</name>
    <message>
        <location filename="../ui/JobPanel.cpp" line="43"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="43"/>
        <location filename="../ui/JobPanel.cpp" line="81"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="44"/>
        <source>Reveal result</source>
        <translation>Ergebnis zeigen</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="44"/>
        <source>Clear finished</source>
        <translation>Erledigte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="56"/>
        <source>Stop the selected job; nothing half-made is kept</source>
        <translation>Den gewählten Auftrag anhalten; nichts Halbfertiges bleibt zurück</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="57"/>
        <source>Run the selected failed, cancelled or interrupted job again</source>
        <translation>Den gewählten fehlgeschlagenen, abgebrochenen oder unterbrochenen Auftrag erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="58"/>
        <source>Select the track this job made in the Library</source>
        <translation>Den Titel, den dieser Auftrag erzeugt hat, in der Bibliothek auswählen</translation>
    </message>
    <message>
        <location filename="../ui/JobPanel.cpp" line="61"/>
        <source>&lt;b&gt;Jobs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufträge&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>cadenza::LibraryModel</name>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="58"/>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="60"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="62"/>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="72"/>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="96"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="98"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="100"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="102"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="104"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="106"/>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="108"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../ui/LibraryModel.cpp" line="110"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>cadenza::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Cadenza</source>
        <translation>Cadenza</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Search the library: title, genre, mood, key…</source>
        <translation>Bibliothek durchsuchen: Titel, Genre, Stimmung, Tonart…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>&lt;b&gt;Library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bibliothek&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>&amp;Import audio…</source>
        <translation>Audio &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Import audio</source>
        <translation>Audio importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Audio files (*.wav *.aif *.aiff *.flac *.ogg *.oga *.opus *.mp3);;All files (*)</source>
        <translation>Audiodateien (*.wav *.aif *.aiff *.flac *.ogg *.oga *.opus *.mp3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Open a project folder</source>
        <translation>Einen Projektordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Play / pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home&lt;/b&gt; / &lt;b&gt;End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Go to the start / the end&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left&lt;/b&gt; / &lt;b&gt;Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Back / forward 5 seconds&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Import audio files&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; in the prompt&lt;/td&gt;&lt;td&gt;Generate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+D&lt;/b&gt; in the Library&lt;/td&gt;&lt;td&gt;Favourite&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt; in the Library&lt;/td&gt;&lt;td&gt;Delete the track (asks first)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Click / Shift-drag the waveform&lt;/td&gt;&lt;td&gt;Move the playhead / select a loop&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Wheel / Shift+wheel on the waveform&lt;/td&gt;&lt;td&gt;Zoom / scroll&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Preferences&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Leertaste&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Abspielen / Pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pos1&lt;/b&gt; / &lt;b&gt;Ende&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zum Anfang / zum Ende&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Links&lt;/b&gt; / &lt;b&gt;Rechts&lt;/b&gt;&lt;/td&gt;&lt;td&gt;5 Sekunden zurück / vor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Audiodateien importieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Eingabe&lt;/b&gt; in der Beschreibung&lt;/td&gt;&lt;td&gt;Erzeugen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+D&lt;/b&gt; in der Bibliothek&lt;/td&gt;&lt;td&gt;Favorit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entf&lt;/b&gt; in der Bibliothek&lt;/td&gt;&lt;td&gt;Titel löschen (mit Rückfrage)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Klicken / Umschalt-Ziehen in der Wellenform&lt;/td&gt;&lt;td&gt;Abspielposition setzen / Schleife wählen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mausrad / Umschalt+Mausrad auf der Wellenform&lt;/td&gt;&lt;td&gt;Zoomen / Blättern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Einstellungen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Beenden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;About Cadenza</source>
        <translation>Ü&amp;ber Cadenza</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>About Cadenza</source>
        <translation>Über Cadenza</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>&amp;Spectrogram</source>
        <translation>&amp;Spektrogramm</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Show the track&apos;s frequencies under its waveform</source>
        <translation>Die Frequenzen des Titels unter seiner Wellenform zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>Play / Pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>Go to start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>Go to end</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>Back 5 seconds</source>
        <translation>5 Sekunden zurück</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272"/>
        <source>Forward 5 seconds</source>
        <translation>5 Sekunden vor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>Cannot open the project %1</source>
        <translation>Das Projekt %1 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>Generate from a prompt &amp;list…</source>
        <translation>Aus einer Prompt-&amp;Liste erzeugen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Prompt list</source>
        <translation>Prompt-Liste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Prompt lists (*.txt *.jsonl);;All files (*)</source>
        <translation>Prompt-Listen (*.txt *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&lt;b&gt;Cadenza&lt;/b&gt; %1&lt;p&gt;An offline music studio: songs from words, made on your own machine.&lt;/p&gt;&lt;p&gt;Cadenza is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;The libraries, sounds and models it uses, and their licences, are listed in third-party.md, installed with its documentation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cadenza&lt;/b&gt; %1&lt;p&gt;Ein Musikstudio ohne Internet: Songs aus Worten, gemacht auf deinem eigenen Rechner.&lt;/p&gt;&lt;p&gt;Cadenza ist freie Software: Du kannst sie unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach deiner Wahl) jeder späteren Version. Sie kommt ohne jede Gewährleistung.&lt;/p&gt;&lt;p&gt;Die Bibliotheken, Klänge und Modelle, die sie verwendet, und ihre Lizenzen stehen in third-party.md, das mit ihrer Dokumentation installiert wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>These are not audio files Cadenza can import (WAV, AIFF, FLAC, Ogg, Opus or MP3):
%1</source>
        <translation>Diese Dateien sind keine Audiodateien, die Cadenza importieren kann (WAV, AIFF, FLAC, Ogg, Opus oder MP3):
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <source>Queued %n song(s)</source>
        <translation>
            <numerusform>%n Song eingereiht</numerusform>
            <numerusform>%n Songs eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389"/>
        <source>Loading the waveform…</source>
        <translation>Wellenform wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="430"/>
        <source>Cannot show this track: %1</source>
        <translation>Dieser Titel kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="483"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="483"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="490"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="493"/>
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <source>Tags, separated by commas:</source>
        <translation>Schlagwörter, durch Kommas getrennt:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="511"/>
        <source>Show lineage</source>
        <translation>Herkunft zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="518"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="522"/>
        <source>Made from “%1” by %2</source>
        <translation>Aus „%1“ gemacht durch %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="524"/>
        <source>“%1” was made from it by %2</source>
        <translation>„%1“ wurde daraus gemacht durch %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="526"/>
        <source>This track was made from a prompt; nothing has been made from it yet.</source>
        <translation>Dieser Titel entstand aus einer Beschreibung; daraus wurde noch nichts gemacht.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="527"/>
        <source>Lineage of “%1”</source>
        <translation>Herkunft von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="529"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>Delete track</source>
        <translation>Titel löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="538"/>
        <source>Delete “%1” and its files? This cannot be undone.</source>
        <translation>„%1“ und seine Dateien löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Separate stems</source>
        <translation>In Spuren zerlegen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="543"/>
        <source>Split into vocals, drums, bass and other, as a new track with those stems</source>
        <translation>In Gesang, Schlagzeug, Bass und Rest zerlegen, als neuen Titel mit diesen Spuren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="562"/>
        <source>Track deleted</source>
        <translation>Titel gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="599"/>
        <source>Job %1: %2 %3%</source>
        <translation>Auftrag %1: %2 %3%</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="601"/>
        <source>Job %1 failed: %2</source>
        <translation>Auftrag %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="603"/>
        <source>Job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
</context>
<context>
    <name>cadenza::PlayerPanel</name>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="33"/>
        <location filename="../ui/PlayerPanel.cpp" line="214"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="33"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="40"/>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="41"/>
        <source>Stop and go back to the start</source>
        <translation>Anhalten und zurück zum Anfang</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="78"/>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="98"/>
        <source>Drag %1 out as a WAV file</source>
        <translation>%1 als WAV-Datei herausziehen</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="156"/>
        <source>Volume of %1</source>
        <translation>Lautstärke von %1</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="160"/>
        <source>Pan of %1</source>
        <translation>Panorama von %1</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="161"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="163"/>
        <source>Mute %1</source>
        <translation>%1 stummschalten</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="164"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="166"/>
        <source>Solo %1</source>
        <translation>%1 solo</translation>
    </message>
    <message>
        <location filename="../ui/PlayerPanel.cpp" line="214"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>cadenza::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="43"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="46"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="49"/>
        <source>None (silent)</source>
        <translation>Keine (stumm)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="52"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="53"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="54"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="61"/>
        <source>Unavailable: this build of Cadenza, or this machine, has no CUDA support</source>
        <translation>Nicht verfügbar: dieser Build von Cadenza oder dieser Rechner unterstützt kein CUDA</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="67"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="72"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="73"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="74"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="78"/>
        <source>Audio output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="79"/>
        <source>Compute device</source>
        <translation>Rechengerät</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="80"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="81"/>
        <source>&lt;small&gt;Takes effect at the next start.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Gilt ab dem nächsten Start.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="82"/>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="83"/>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="84"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="85"/>
        <source>&lt;small&gt;The language changes at the next start.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Die Sprache wechselt beim nächsten Start.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>cadenza::RemixPanel</name>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="21"/>
        <location filename="../ui/RemixPanel.cpp" line="22"/>
        <source>Remix</source>
        <translation>Remix</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="22"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="28"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="29"/>
        <source>Faster or slower without changing the pitch</source>
        <translation>Schneller oder langsamer, ohne die Tonhöhe zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="31"/>
        <source> semitones</source>
        <translation> Halbtöne</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="32"/>
        <source>Higher or lower without changing the length</source>
        <translation>Höher oder tiefer, ohne die Länge zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="33"/>
        <source>No effects</source>
        <translation>Keine Effekte</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="37"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="38"/>
        <source>Pitch</source>
        <translation>Tonhöhe</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="39"/>
        <source>Effects</source>
        <translation>Effekte</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="40"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="41"/>
        <source>Keep the genre</source>
        <translation>Genre beibehalten</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="42"/>
        <source>A generated song: the same melody, chords and form played by another genre&apos;s band. A recording: moved to the genre&apos;s tempo and sound, with its drums added on the beat.</source>
        <translation>Ein erzeugter Song: dieselbe Melodie, dieselben Akkorde und dieselbe Form, gespielt von der Band eines anderen Genres. Eine Aufnahme: ins Tempo und in den Klang des Genres gebracht, mit dessen Schlagzeug auf dem Schlag.</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="56"/>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="61"/>
        <source>&lt;b&gt;Remix&lt;/b&gt;</source>
        <translation>&lt;b&gt;Remix&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/RemixPanel.cpp" line="98"/>
        <source>Select a track to remix it.</source>
        <translation>Wähle einen Titel, um ihn zu remixen.</translation>
    </message>
</context>
<context>
    <name>cadenza::ShareActions</name>
    <message>
        <location filename="../ui/ShareActions.cpp" line="26"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="27"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="28"/>
        <source>Write the track as WAV, FLAC, MP3, Ogg, Opus, MIDI or stems, tagged, with its cover</source>
        <translation>Den Titel als WAV, FLAC, MP3, Ogg, Opus, MIDI oder Spuren schreiben, mit Tags und Cover</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="30"/>
        <source>Make music video…</source>
        <translation>Musikvideo erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="31"/>
        <source>A 1080p video of the track: its cover, title and spectrum bars that move with it</source>
        <translation>Ein 1080p-Video des Titels: Cover, Titel und Spektrumbalken, die sich mit der Musik bewegen</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="33"/>
        <source>New cover</source>
        <translation>Neues Cover</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="34"/>
        <source>Draw another cover for the track, and keep it</source>
        <translation>Ein anderes Cover für den Titel zeichnen und behalten</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="36"/>
        <source>Compare takes</source>
        <translation>Fassungen vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="37"/>
        <source>Set the takes generated with this one side by side, to keep the best</source>
        <translation>Die mit diesem Titel erzeugten Fassungen nebeneinanderstellen, um die beste zu behalten</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="60"/>
        <source>Exporting to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="62"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="72"/>
        <source>Save the music video</source>
        <translation>Musikvideo speichern</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="72"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="76"/>
        <source>Making the music video: it appears in the job list</source>
        <translation>Das Musikvideo entsteht: es erscheint in der Auftragsliste</translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="92"/>
        <source>This track was generated alone: it has no other takes</source>
        <translation>Dieser Titel wurde allein erzeugt: er hat keine anderen Fassungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ShareActions.cpp" line="120"/>
        <source>Queued %n song(s) from %1</source>
        <translation>
            <numerusform>%n Song aus %1 eingereiht</numerusform>
            <numerusform>%n Songs aus %1 eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ShareActions.cpp" line="123"/>
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
    <name>cadenza::WaveformView</name>
    <message>
        <location filename="../ui/WaveformView.cpp" line="28"/>
        <source>Click to move the playhead · Shift-drag to loop · wheel to zoom · Shift-wheel to scroll</source>
        <translation>Klicken setzt die Abspielposition · Umschalt-Ziehen wählt eine Schleife · Mausrad zoomt · Umschalt+Mausrad blättert</translation>
    </message>
    <message>
        <location filename="../ui/WaveformView.cpp" line="184"/>
        <source>Select a track in the Library to see its waveform</source>
        <translation>Wähle einen Titel in der Bibliothek, um seine Wellenform zu sehen</translation>
    </message>
</context>
</TS>
