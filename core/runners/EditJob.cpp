// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/EditJob.h"

#include "audio/AudioFile.h"
#include "base/EnumNames.h"
#include "base/RunConcurrently.h"
#include "base/UserError.h"
#include "music/Catalog.h"
#include "project/SongVersions.h"
#include "runners/ComposedTrack.h"
#include "runners/DerivedTrack.h"

#include <nlohmann/json.hpp>

namespace cadenza {

namespace {

constexpr EnumNames<EditKind, 6> kKindNames{{
    {EditKind::Regenerate, "regenerate"},
    {EditKind::Extend, "extend"},
    {EditKind::Remove, "remove"},
    {EditKind::Sound, "sound"},
    {EditKind::Tempo, "tempo"},
    {EditKind::Key, "key"},
}};

constexpr EnumNames<EditPart, 4> kPartNames{{
    {EditPart::Melody, "melody"},
    {EditPart::Chords, "chords"},
    {EditPart::Bass, "bass"},
    {EditPart::Drums, "drums"},
}};

// What the edit keeps of its parent. Every stem keeps its level, but a part with a new
// sound, which is measured afresh. A sound swap or a section regeneration renders only the
// stems it changes and takes the others from the parent's files; a regenerated section's
// stems keep the parent's audio outside the section and its tails; and the parent's master
// stands where the mix did not change.
EditBase editBase(const EditRequest& request, const ComposedTrack& song, const Score& edited,
                  const std::filesystem::path& parentFolder) {
    EditBase base{.levels = song.levels};
    std::set<std::string> changed;
    for (const auto& part : edited.parts)
        if (request.kind == EditKind::Sound ? part.role == request.role : request.parts.contains(editPartOf(part.role)))
            changed.insert(part.group);
    if (request.kind == EditKind::Sound)
        for (const auto& group : changed)
            base.levels.stemDb.erase(group);
    const bool partial = request.kind == EditKind::Sound || request.kind == EditKind::Regenerate;
    if (!partial || !song.levels.stageDb)
        return base; // every stem changes, or a song from before levels were kept: rendered whole
    if (request.kind == EditKind::Regenerate)
        std::tie(base.from, base.until) = sectionTicks(song.score, request.section);
    for (const auto& group : edited.groups())
        if (!changed.contains(group) && song.levels.stemDb.contains(group))
            base.unchanged.push_back({group, {}});
        else if (request.kind == EditKind::Regenerate)
            base.spliced.push_back({group, {}});
    // The parent's files, read on every core.
    std::vector<std::function<void()>> reads;
    for (auto* stems : {&base.unchanged, &base.spliced})
        for (auto& stem : *stems)
            reads.emplace_back([&] { stem.audio = readAudioFile(parentFolder / "stems" / (stem.group + ".wav")); });
    if (song.levels.master)
        reads.emplace_back([&] { base.master = readAudioFile(parentFolder / "song.wav"); });
    runConcurrently(reads);
    return base;
}

} // namespace

Score applyEdit(const EditRequest& request, const ComposedTrack& song, const Catalog& catalog) {
    switch (request.kind) {
    case EditKind::Regenerate:
        return regenerateSection(song.score, song.spec, request.section, request.parts, request.seed, catalog);
    case EditKind::Extend:
        return extendSong(song.score, song.spec, request.sectionKind, request.after, request.seed, catalog);
    case EditKind::Remove:
        return removeSection(song.score, request.section);
    case EditKind::Sound:
        return swapSound(song.score, request.role, request.sound, catalog);
    case EditKind::Tempo:
        return changeTempo(song.score, request.tempo);
    case EditKind::Key: {
        const auto key = Key::parse(request.key);
        if (!key)
            throw UserError("key", "'" + request.key + "' is not a key: write it like \"E minor\" or \"Bb major\"");
        return changeKey(song.score, *key);
    }
    }
    throw std::logic_error("an edit of no kind");
}

const char* editPartName(EditPart part) {
    return enumName(kPartNames, part);
}

std::optional<EditPart> parseEditPart(std::string_view name) {
    return enumNamed(kPartNames, name);
}

std::string editParameters(const EditRequest& request) {
    nlohmann::json j = {{"track", request.track}, {"edit", enumName(kKindNames, request.kind)}};
    switch (request.kind) {
    case EditKind::Regenerate: {
        auto parts = nlohmann::json::array();
        for (const auto part : request.parts)
            parts.push_back(editPartName(part));
        j["section"] = request.section;
        j["parts"] = parts;
        j["seed"] = request.seed;
        break;
    }
    case EditKind::Extend:
        j["section_kind"] = request.sectionKind;
        if (request.after)
            j["after"] = *request.after;
        j["seed"] = request.seed;
        break;
    case EditKind::Remove:
        j["section"] = request.section;
        break;
    case EditKind::Sound:
        j["role"] = request.role;
        j["sound"] = request.sound;
        break;
    case EditKind::Tempo:
        j["tempo"] = request.tempo;
        break;
    case EditKind::Key:
        j["key"] = request.key;
        break;
    }
    return j.dump();
}

EditRequest parseEditParameters(const std::string& parameters) {
    const auto j = nlohmann::json::parse(parameters);
    EditRequest request;
    request.track = j.at("track").get<std::int64_t>();
    const auto kind = enumNamed(kKindNames, j.at("edit").get<std::string>());
    if (!kind)
        throw UserError("edit", "'" + j.at("edit").get<std::string>() + "' is not an edit");
    request.kind = *kind;
    request.section = j.value("section", -1);
    for (const auto& name : j.value("parts", std::vector<std::string>{})) {
        const auto part = parseEditPart(name);
        if (!part)
            throw UserError("parts", "'" + name + "' is not a part: melody, chords, bass or drums");
        request.parts.insert(*part);
    }
    request.sectionKind = j.value("section_kind", "");
    if (j.contains("after"))
        request.after = j.at("after").get<int>();
    request.role = j.value("role", "");
    request.sound = j.value("sound", "");
    request.tempo = j.value("tempo", 0);
    request.key = j.value("key", "");
    request.seed = j.value("seed", std::uint64_t{0});
    return request;
}

std::string editDescription(const EditRequest& request, const Score& before) {
    const auto sectionName = [&](int index) {
        return index >= 0 && index < static_cast<int>(before.sections.size())
                   ? before.sections[static_cast<std::size_t>(index)].kind + " " + std::to_string(index)
                   : "section " + std::to_string(index);
    };
    switch (request.kind) {
    case EditKind::Regenerate:
        return sectionName(request.section) + " regenerated";
    case EditKind::Extend:
        return request.sectionKind + " added";
    case EditKind::Remove:
        return sectionName(request.section) + " removed";
    case EditKind::Sound:
        return request.role + " as " + request.sound;
    case EditKind::Tempo:
        return "at " + std::to_string(request.tempo) + " BPM";
    case EditKind::Key:
        return "in " + request.key;
    }
    return {};
}

JobRunner editJobRunner(const Catalog& catalog, const SymbolicEngine& engine) {
    return [&catalog, &engine](const std::string& parameters, const JobContext& context,
                               const ProgressCallback& progress, const CancelToken& cancel) {
        const EditRequest request = parseEditParameters(parameters);
        const SourceTrack parent = sourceTrack(context, request.track);
        const auto song = composedTrack(parent, catalog);
        if (!song)
            throw UserError("track", "track " + std::to_string(request.track) +
                                         " is a recording: editing needs a song Cadenza composed (a transcribed "
                                         "recording will be editable once transcription exists)");
        if (progress)
            progress("compose", 0);
        Score score = applyEdit(request, *song, catalog);
        StyleSpec spec = song->spec;
        spec.tempo = score.tempo;
        spec.key = score.key;
        spec.duration = score.durationSeconds;
        const EditBase base = editBase(request, *song, score, parent.folder);
        cancel.throwIfCancelled();

        const auto folder = context.stagingFolder / "song";
        const auto stems =
            writeComposedSong(engine, spec, std::move(score), folder, catalog, progress, cancel, base, parent.folder);
        // Titled after the song's first version and this edit: "rock anthem (lead as grand-piano)".
        std::string title = parent.record.title;
        context.withDatabase([&](ProjectDatabase& db) {
            if (const auto first = db.track(songVersions(db, request.track).front().track))
                title = first->title;
        });
        TrackRecord track = derivedRecord(parent.record, title + " (" + editDescription(request, song->score) + ")");
        track.tempo = spec.tempo;
        track.key = spec.key.name();
        track.duration = spec.duration;
        return std::optional<std::int64_t>(
            context.addTrack(track, folder, stems, {LineageLink{request.track, "edit", parameters}}));
    };
}

} // namespace cadenza
