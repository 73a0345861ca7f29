// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/Compose.h"

#include "compose/Arrangement.h"
#include "compose/Hook.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cadenza {

Arrangement::Arrangement(const StyleSpec& s, const GenreStyle& g, const MoodStyle& m, const Catalog& c, const Score& sc)
    : spec(s), genre(g), mood(m), catalog(c), score(sc) {
    for (const auto& section : score.sections)
        for (int b = 0; b < section.bars; ++b) {
            const int index = section.startBar + b;
            bars.push_back(
                {index, index * score.ticksPerBar(), &section, b, b == section.bars - 1, index == score.bars - 1});
        }
}

int Arrangement::velocity(int base, const BarInfo& bar, Random& random, int spread) const {
    const double energy = 0.86 + 0.05 * bar.section->energy;
    const double v = base * mood.velocityScale * energy + random.between(-spread, spread);
    return std::clamp(static_cast<int>(std::lround(v)), 1, 127);
}

std::string Arrangement::barPattern(const std::vector<std::string>& patterns, Random& random) const {
    const int steps = score.meter.stepsPerBar();
    std::vector<std::string> fitting;
    for (const auto& p : patterns)
        if (static_cast<int>(p.size()) == steps)
            fitting.push_back(p);
    if (!fitting.empty())
        return random.pick(fitting);
    std::string onBeats(static_cast<std::size_t>(steps), '.');
    for (int s = 0; s < steps; s += score.meter.stepsPerBeat())
        onBeats[static_cast<std::size_t>(s)] = 'x';
    return onBeats;
}

namespace {

// Delays the off-beat eighths or sixteenths of every part by the genre's swing.
void applySwing(Score& score, const Swing& swing) {
    if (swing.amount <= 0)
        return;
    const Tick unit = swing.unitSteps * Score::kTicksPerStep;
    const auto delay = static_cast<Tick>(std::lround(swing.amount * static_cast<double>(unit)));
    for (auto& part : score.parts)
        for (auto& note : part.notes)
            if (note.tick % unit == 0 && (note.tick / unit) % 2 == 1)
                note.tick += delay;
}

// Lengthens (legato) or shortens (detached) the notes of the chord and melody parts by the
// mood's articulation; nothing rings past the end of the music's last bar. Drums and bass
// keep their genre's idiom (a walking bass stays in quarter notes).
void applyArticulation(Score& score, double articulation) {
    if (articulation == 1.0)
        return;
    const Tick end = score.musicTicks();
    for (auto& part : score.parts) {
        if (part.role == "drums" || part.role == "bass")
            continue;
        for (auto& note : part.notes) {
            const auto scaled = static_cast<Tick>(std::lround(static_cast<double>(note.length) * articulation));
            note.length = std::clamp(scaled, std::min(note.length, Score::kTicksPerStep / 2),
                                     std::max(note.length, end - note.tick));
        }
    }
}

} // namespace

namespace {

const GenreStyle& genreOf(const StyleSpec& spec, const Catalog& catalog) {
    const GenreStyle* genre = catalog.findGenre(spec.genre);
    if (!genre)
        throw std::invalid_argument("compose: the spec names a genre the catalog lacks");
    return *genre;
}

const MoodStyle& moodOf(const StyleSpec& spec, const Catalog& catalog) {
    const MoodStyle* mood = catalog.findMood(spec.mood);
    if (!mood)
        throw std::invalid_argument("compose: the spec names a mood the catalog lacks");
    return *mood;
}

// A part per role of the genre's band over the score's form and chords, performed with the
// mood's articulation and the genre's swing. With writeLead false the lead part is set up
// (instrument, mix) but left without notes, for a melody kept from elsewhere.
std::vector<Part> writeBand(const StyleSpec& spec, const Catalog& catalog, const Score& score, bool writeLead) {
    const GenreStyle& genre = genreOf(spec, catalog);
    const MoodStyle& mood = moodOf(spec, catalog);
    const Random root(spec.seed);
    const Arrangement song(spec, genre, mood, catalog, score);
    std::vector<Part> parts;
    int nextChannel = 0;
    for (const std::string roleName : kBandRoles) {
        const auto it = genre.roles.find(roleName);
        if (it == genre.roles.end())
            continue;
        const RoleStyle& role = it->second;
        Part part;
        part.role = part.group = roleName;
        part.sound = role.sound;
        bool named = false; // the prompt or the user chose this part's sound
        for (const auto& choice : spec.instruments)
            if (choice.role == roleName) {
                named = choice.source != FieldSource::Default || choice.sound != role.sound;
                part.sound = choice.sound;
            }
        part.program = catalog.palette.sound(part.sound).gmProgram;
        part.volume = role.volume;
        part.pan = role.pan;
        part.reverb = std::clamp(static_cast<int>(std::lround(role.reverb * mood.reverbScale)), 0, 127);
        part.chorus = role.chorus;
        if (roleName == "drums") {
            part.channel = 9;
        } else {
            part.channel = nextChannel++;
            if (nextChannel == 9)
                ++nextChannel;
        }
        const Random stream = root.fork(roleName);
        if (roleName == "drums")
            writeDrums(song, role, part, stream);
        else if (roleName == "bass")
            writeBass(song, role, part, stream);
        else if (roleName == "lead") {
            if (writeLead)
                writeMelody(song, role, part, stream);
        } else
            writeChordPart(song, role, part, stream);
        if (named || role.sectionSounds.empty()) {
            parts.push_back(std::move(part));
            continue;
        }
        // Sections that play it with another sound: their notes move to a part of that
        // sound in the same stem, on a channel of its own.
        std::map<std::string, Part> bySound;
        for (const auto& note : part.notes) {
            const auto& kind = score.sectionAt(note.tick).kind;
            const auto other = role.sectionSounds.find(kind);
            const std::string& sound = other == role.sectionSounds.end() ? part.sound : other->second;
            if (sound == part.sound)
                continue;
            auto [entry, added] = bySound.try_emplace(sound, part);
            if (added) {
                entry->second.sound = sound;
                entry->second.program = catalog.palette.sound(sound).gmProgram;
                entry->second.notes.clear();
                entry->second.bends.clear();
                if (!part.drums()) {
                    entry->second.channel = nextChannel++;
                    if (nextChannel == 9)
                        ++nextChannel;
                }
            }
            entry->second.notes.push_back(note);
        }
        std::erase_if(part.notes, [&](const NoteEvent& note) {
            const auto other = role.sectionSounds.find(score.sectionAt(note.tick).kind);
            return other != role.sectionSounds.end() && other->second != part.sound;
        });
        parts.push_back(std::move(part));
        for (auto& [sound, extra] : bySound)
            parts.push_back(std::move(extra));
    }
    Score performed;
    performed.meter = score.meter;
    performed.bars = score.bars;
    performed.parts = std::move(parts);
    applyArticulation(performed, mood.articulation);
    applySwing(performed, genre.swing);
    return std::move(performed.parts);
}

void sortNotes(Score& score) {
    for (auto& part : score.parts)
        std::stable_sort(part.notes.begin(), part.notes.end(),
                         [](const NoteEvent& a, const NoteEvent& b) { return a.tick < b.tick; });
}

} // namespace

Score compose(const StyleSpec& spec, const Catalog& catalog) {
    const GenreStyle& genre = genreOf(spec, catalog);
    moodOf(spec, catalog);
    const Random root(spec.seed);

    Score score;
    score.tempo = spec.tempo;
    score.meter = spec.meter;
    score.key = spec.key;
    score.durationSeconds = spec.duration;
    score.sections = planForm(genre, catalog, spec.meter, spec.tempo, spec.duration);
    for (const auto& s : score.sections)
        score.bars += s.bars;
    Random chordRandom = root.fork("chords");
    score.chords = planChords(genre, catalog, score, chordRandom);
    if (spec.hook)
        harmonizeHook(score, *spec.hook);
    score.parts = writeBand(spec, catalog, score, true);
    if (spec.hook)
        placeHook(score, *spec.hook);
    sortNotes(score);
    return score;
}

std::vector<Part> composeBand(const StyleSpec& spec, const Catalog& catalog, const Score& skeleton) {
    Score score = skeleton;
    score.parts = writeBand(spec, catalog, skeleton, true);
    sortNotes(score);
    return std::move(score.parts);
}

Score rearrange(const Score& original, const StyleSpec& target, const Catalog& catalog) {
    Score score = original;
    score.parts.clear();
    score.tempo = target.tempo;
    // The same bars at another tempo: the song's length, its tail included, scales.
    score.durationSeconds = original.durationSeconds * original.tempo / target.tempo;
    score.parts = writeBand(target, catalog, score, false);
    const auto kept =
        std::find_if(original.parts.begin(), original.parts.end(), [](const Part& p) { return p.role == "lead"; });
    if (kept != original.parts.end()) {
        auto lead =
            std::find_if(score.parts.begin(), score.parts.end(), [](const Part& p) { return p.role == "lead"; });
        if (lead == score.parts.end()) { // the new band has no lead: the melody keeps its instrument
            score.parts.push_back(*kept);
            lead = std::prev(score.parts.end());
            int channel = 0;
            for (const auto& p : score.parts)
                if (&p != &*lead && !p.drums())
                    channel = std::max(channel, p.channel + 1);
            lead->channel = channel == 9 ? 10 : channel;
        } else {
            lead->notes = kept->notes;
            lead->bends = kept->bends;
        }
    }
    sortNotes(score);
    return score;
}

Score drumsOnBeats(const StyleSpec& spec, const Catalog& catalog, const std::vector<double>& beats,
                   double durationSeconds) {
    const GenreStyle& genre = genreOf(spec, catalog);
    const MoodStyle& mood = moodOf(spec, catalog);
    Score grid;
    grid.tempo = 120;
    grid.meter = Meter{4, 4};
    grid.key = spec.key;
    grid.durationSeconds = durationSeconds;
    const int bars = static_cast<int>(beats.size() / 4);
    if (bars < 1 || !genre.roles.contains("drums"))
        return grid;
    grid.bars = bars;
    grid.sections.push_back({"verse", 0, bars, 3});
    const Arrangement song(spec, genre, mood, catalog, grid);
    Part drums;
    drums.role = drums.group = "drums";
    const RoleStyle& role = genre.roles.at("drums");
    drums.sound = role.sound;
    drums.program = catalog.palette.sound(role.sound).gmProgram;
    drums.volume = role.volume;
    drums.pan = role.pan;
    drums.reverb = role.reverb;
    drums.channel = 9;
    writeDrums(song, role, drums, Random(spec.seed).fork("drums"));
    // Warp: a hit at beat b plus a fraction of a beat lands that far between the recording's
    // beats b and b + 1 (the last beat's length continues after it).
    const Tick perBeat = Score::kTicksPerQuarter;
    std::vector<NoteEvent> placed;
    for (const auto& note : drums.notes) {
        const auto beat = static_cast<std::size_t>(note.tick / perBeat);
        if (beat >= beats.size())
            continue;
        const double fraction = static_cast<double>(note.tick % perBeat) / static_cast<double>(perBeat);
        const double length = beat + 1 < beats.size() ? beats[beat + 1] - beats[beat] : beats[beat] - beats[beat - 1];
        const double seconds = beats[beat] + fraction * length;
        if (seconds >= durationSeconds)
            continue;
        NoteEvent hit = note;
        hit.tick = static_cast<Tick>(std::lround(seconds / grid.secondsPerTick()));
        placed.push_back(hit);
    }
    drums.notes = std::move(placed);
    grid.parts.push_back(std::move(drums));
    sortNotes(grid);
    return grid;
}

} // namespace cadenza
