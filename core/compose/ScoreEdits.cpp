// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/ScoreEdits.h"

#include "base/UserError.h"
#include "compose/Arrangement.h"
#include "compose/Compose.h"
#include "music/Catalog.h"

#include <algorithm>

namespace cadenza {

namespace {

constexpr int kSlowest = 40, kFastest = 240;

void checkSection(const Score& score, int index, const char* field) {
    if (index < 0 || index >= static_cast<int>(score.sections.size()))
        throw UserError(field, "section " + std::to_string(index) + " is not in this song: its sections are 0 to " +
                                   std::to_string(static_cast<int>(score.sections.size()) - 1));
}

// Bars from the first section on, one after another, and the score's length in bars.
void renumber(Score& score) {
    int bar = 0;
    for (auto& s : score.sections) {
        s.startBar = bar;
        bar += s.bars;
    }
    score.bars = bar;
}

bool roleIn(const std::string& role, const std::set<EditPart>& parts) {
    return parts.contains(editPartOf(role));
}

void sortEvents(Score& score) {
    for (auto& part : score.parts) {
        std::stable_sort(part.notes.begin(), part.notes.end(),
                         [](const NoteEvent& a, const NoteEvent& b) { return a.tick < b.tick; });
        std::stable_sort(part.bends.begin(), part.bends.end(),
                         [](const BendEvent& a, const BendEvent& b) { return a.tick < b.tick; });
    }
    std::stable_sort(score.chords.begin(), score.chords.end(),
                     [](const ChordSpan& a, const ChordSpan& b) { return a.tick < b.tick; });
}

// The part of `into` that takes a written part's notes: the one of the same role and
// sound, else the first of that role; null when the song has no part of that role.
Part* receiver(Score& into, const Part& written) {
    Part* first = nullptr;
    for (auto& part : into.parts) {
        if (part.role != written.role)
            continue;
        if (part.sound == written.sound)
            return &part;
        if (!first)
            first = &part;
    }
    return first;
}

// Copies the notes and bends of `from` that start in [begin, end) into their receivers
// in `into`, moved by `shift` ticks and cut at end + shift.
void copyEvents(const std::vector<Part>& from, Tick begin, Tick end, Tick shift, Score& into,
                const std::set<EditPart>& parts) {
    for (const auto& written : from) {
        if (!roleIn(written.role, parts))
            continue;
        Part* target = receiver(into, written);
        if (!target)
            continue;
        for (auto note : written.notes)
            if (note.tick >= begin && note.tick < end) {
                note.length = std::min(note.length, end - note.tick);
                note.tick += shift;
                target->notes.push_back(note);
            }
        for (auto bend : written.bends)
            if (bend.tick >= begin && bend.tick < end) {
                bend.tick += shift;
                target->bends.push_back(bend);
            }
    }
}

// Takes out every note, bend and chord that starts in [begin, end) of the parts named;
// with `cut`, the ones before it that ring into it end at `begin`.
enum class Ringing { Kept, Cut };
void clearSpan(Score& score, Tick begin, Tick end, const std::set<EditPart>& parts, bool chords, Ringing ringing) {
    for (auto& part : score.parts) {
        if (!roleIn(part.role, parts))
            continue;
        std::erase_if(part.notes, [&](const NoteEvent& n) { return n.tick >= begin && n.tick < end; });
        std::erase_if(part.bends, [&](const BendEvent& b) { return b.tick >= begin && b.tick < end; });
        if (ringing == Ringing::Cut)
            for (auto& note : part.notes)
                if (note.tick < begin && note.tick + note.length > begin)
                    note.length = begin - note.tick;
    }
    if (!chords)
        return;
    std::erase_if(score.chords, [&](const ChordSpan& c) { return c.tick >= begin && c.tick < end; });
    for (auto& chord : score.chords)
        if (chord.tick < begin && chord.tick + chord.length > begin)
            chord.length = begin - chord.tick;
}

// Moves every event at or after `from` by `shift` ticks.
void shiftFrom(Score& score, Tick from, Tick shift) {
    for (auto& part : score.parts) {
        for (auto& note : part.notes)
            if (note.tick >= from)
                note.tick += shift;
        for (auto& bend : part.bends)
            if (bend.tick >= from)
                bend.tick += shift;
    }
    for (auto& chord : score.chords)
        if (chord.tick >= from)
            chord.tick += shift;
}

const std::set<EditPart> kEveryPart = {EditPart::Melody, EditPart::Chords, EditPart::Bass, EditPart::Drums};

// New chords for [begin, end) of `skeleton`, planned whole with `seed` as compose() would.
std::vector<ChordSpan> chordsFor(const Score& skeleton, const StyleSpec& spec, std::uint64_t seed, Tick begin, Tick end,
                                 const Catalog& catalog) {
    Random random = Random(seed).fork("chords");
    std::vector<ChordSpan> out;
    for (auto span : planChords(catalog.requireGenre(spec.genre), catalog, skeleton, random))
        if (span.tick >= begin && span.tick < end) {
            span.length = std::min(span.length, end - span.tick);
            out.push_back(span);
        }
    return out;
}

// New material in [begin, end) of `edited` with `seed`: new chords first when `chords`,
// then the named parts, written over the song's form and chords as compose() would.
void composeSpan(Score& edited, const StyleSpec& spec, std::uint64_t seed, Tick begin, Tick end,
                 const std::set<EditPart>& parts, bool chords, const Catalog& catalog) {
    if (chords)
        for (const auto& span : chordsFor(edited, spec, seed, begin, end, catalog))
            edited.chords.push_back(span);
    sortEvents(edited);
    Score skeleton = edited;
    skeleton.parts.clear();
    StyleSpec fresh = spec;
    fresh.seed = seed;
    copyEvents(composeBand(fresh, catalog, skeleton), begin, end, 0, edited, parts);
    sortEvents(edited);
}

// A pitch class moved from one key to another: by the tonics' distance, and between major
// and minor, the third, sixth and seventh degrees by a semitone.
int mapPitchClass(int pitchClass, const Key& from, const Key& to) {
    int degree = ((pitchClass - from.tonic) % 12 + 12) % 12;
    if (from.mode != to.mode) {
        static constexpr int kMajorToMinor[12] = {0, 1, 2, 3, 3, 5, 6, 7, 8, 8, 10, 10};
        static constexpr int kMinorToMajor[12] = {0, 1, 2, 4, 4, 5, 6, 7, 9, 9, 11, 11};
        degree = from.mode == Mode::Major ? kMajorToMinor[degree] : kMinorToMajor[degree];
    }
    return (degree + to.tonic) % 12;
}

} // namespace

EditPart editPartOf(const std::string& role) {
    if (role == "lead")
        return EditPart::Melody;
    if (role == "bass")
        return EditPart::Bass;
    if (role == "drums")
        return EditPart::Drums;
    return EditPart::Chords; // harmony, pad, arp
}

std::pair<Tick, Tick> sectionTicks(const Score& score, int index) {
    const auto& section = score.sections.at(static_cast<std::size_t>(index));
    const Tick begin = section.startBar * score.ticksPerBar();
    return {begin, begin + section.bars * score.ticksPerBar()};
}

Score regenerateSection(const Score& score, const StyleSpec& spec, int index, const std::set<EditPart>& parts,
                        std::uint64_t seed, const Catalog& catalog) {
    checkSection(score, index, "section");
    if (parts.empty())
        throw UserError("parts", "name the parts to write anew: melody, chords, bass or drums");
    const auto [begin, end] = sectionTicks(score, index);
    Score edited = score;
    const bool chords = parts.contains(EditPart::Chords);
    clearSpan(edited, begin, end, parts, chords, Ringing::Kept); // every note that starts outside stays
    composeSpan(edited, spec, seed, begin, end, parts, chords, catalog);
    return edited;
}

Score extendSong(const Score& score, const StyleSpec& spec, const std::string& kind, std::optional<int> after,
                 std::uint64_t seed, const Catalog& catalog) {
    if (!catalog.sections.contains(kind)) {
        std::string kinds;
        for (const auto& [name, style] : catalog.sections)
            kinds += (kinds.empty() ? "" : ", ") + name;
        throw UserError("extend", "'" + kind + "' is not a kind of section; the kinds are " + kinds);
    }
    if (after)
        checkSection(score, *after, "after");
    const GenreStyle& genre = catalog.requireGenre(spec.genre);
    const auto planned =
        std::find_if(genre.form.begin(), genre.form.end(), [&](const SectionPlan& plan) { return plan.kind == kind; });
    const int bars = planned != genre.form.end() ? planned->bars : kind == "intro" || kind == "outro" ? 4 : 8;
    const auto at = after ? static_cast<std::size_t>(*after + 1) : score.sections.size();
    const Tick insert = (at < score.sections.size() ? score.sections[at].startBar : score.bars) * score.ticksPerBar();
    const Tick length = bars * score.ticksPerBar();

    Score edited = score;
    clearSpan(edited, insert, insert, kEveryPart, true, Ringing::Cut); // what rings across the cut ends there
    shiftFrom(edited, insert, length);
    edited.sections.insert(edited.sections.begin() + static_cast<std::ptrdiff_t>(at),
                           ScoreSection{kind, 0, bars, catalog.section(kind).energy});
    renumber(edited);
    edited.durationSeconds += edited.secondsAt(length);

    const auto chorus = std::find_if(score.sections.begin(), score.sections.end(),
                                     [](const ScoreSection& s) { return s.kind == "chorus"; });
    if (kind == "chorus" && chorus != score.sections.end()) {
        // The song's chorus again, hook and all.
        const auto [begin, end] = sectionTicks(score, static_cast<int>(chorus - score.sections.begin()));
        const Tick until = std::min(end, begin + length);
        for (auto span : score.chords)
            if (span.tick >= begin && span.tick < until) {
                span.length = std::min(span.length, until - span.tick);
                span.tick += insert - begin;
                edited.chords.push_back(span);
            }
        copyEvents(score.parts, begin, until, insert - begin, edited, kEveryPart);
    } else {
        composeSpan(edited, spec, seed, insert, insert + length, kEveryPart, true, catalog);
    }
    sortEvents(edited);
    return edited;
}

Score removeSection(const Score& score, int index) {
    checkSection(score, index, "section");
    if (score.sections.size() == 1)
        throw UserError("section", "a song keeps at least one section");
    const auto [begin, end] = sectionTicks(score, index);
    Score edited = score;
    clearSpan(edited, begin, end, kEveryPart, true, Ringing::Cut);
    shiftFrom(edited, end, begin - end);
    edited.sections.erase(edited.sections.begin() + index);
    renumber(edited);
    edited.durationSeconds -= edited.secondsAt(end - begin);
    sortEvents(edited);
    return edited;
}

Score swapSound(const Score& score, const std::string& role, const std::string& sound, const Catalog& catalog) {
    if (!catalog.palette.sounds.contains(sound))
        throw UserError("sound", "'" + sound + "' is not a sound of the palette (`cadenza-cli sounds` lists them)");
    const PaletteSound& chosen = catalog.palette.sound(sound);
    if (!chosen.roles.contains(role))
        throw UserError("sound", "'" + sound + "' cannot play the " + role + " (`cadenza-cli sounds --role " + role +
                                     "` lists those that can)");
    Score edited = score;
    bool found = false;
    for (auto& part : edited.parts)
        if (part.role == role) {
            part.sound = sound;
            part.program = chosen.gmProgram;
            found = true;
        }
    if (!found)
        throw UserError("sound", "this song has no " + role + " part");
    return edited;
}

Score changeTempo(const Score& score, int bpm) {
    if (bpm < kSlowest || bpm > kFastest)
        throw UserError("tempo", "the tempo is 40 to 240 BPM");
    if (bpm == score.tempo)
        throw UserError("tempo", "the song is already at " + std::to_string(bpm) + " BPM");
    Score edited = score;
    edited.tempo = bpm;
    edited.durationSeconds = score.durationSeconds * score.tempo / bpm;
    return edited;
}

Score changeKey(const Score& score, const Key& key) {
    if (key == score.key)
        throw UserError("key", "the song is already in " + key.name());
    // The nearest transposition of the tonic: at most six semitones down or five up.
    int shift = ((key.tonic - score.key.tonic) % 12 + 12) % 12;
    if (shift > 5)
        shift -= 12;
    const auto move = [&](int pitch) {
        const int pitchClass = ((pitch % 12) + 12) % 12;
        int mapped = mapPitchClass(pitchClass, score.key, key) - pitchClass;
        // The moved degree nearest to `pitch + shift`.
        mapped = ((mapped - shift) % 12 + 12 + 6) % 12 - 6 + shift;
        return std::clamp(pitch + mapped, 0, 127);
    };
    Score edited = score;
    edited.key = key;
    for (auto& part : edited.parts)
        if (!part.drums())
            for (auto& note : part.notes)
                note.pitch = move(note.pitch);
    for (auto& span : edited.chords) {
        const int root = span.chord.root;
        const int newRoot = mapPitchClass(root, score.key, key);
        for (auto& interval : span.chord.intervals)
            interval = ((mapPitchClass((root + interval) % 12, score.key, key) - newRoot) % 12 + 12) % 12;
        span.chord.root = newRoot;
    }
    return edited;
}

} // namespace cadenza
