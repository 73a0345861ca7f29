// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that edit a composed song and walk its versions: edit, versions, sounds.

#include "CliCommand.h"
#include "CliSupport.h"

#include "base/ResourcePaths.h"
#include "engines/SongFiles.h"
#include "music/Catalog.h"
#include "project/SongVersions.h"
#include "runners/ComposedTrack.h"
#include "runners/EditJob.h"
#include "runners/RearrangeJob.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <random>

namespace cadenza {
namespace {

constexpr const char* kEditUsage =
    "cadenza-cli edit TRACK_ID (--regenerate N [--parts melody,chords,bass,drums] | --extend KIND [--after N] | "
    "--remove N | --sound ROLE=NAME | --tempo BPM | --key KEY | --genre NAME) [--seed N] [--out DIR]";

int sectionIndex(const QCommandLineParser& args, const QString& name) {
    const auto index = numberOption<int>(args, name);
    return index.value_or(-1);
}

// The edit the options ask for; exactly one operation. The seed, when the edit writes
// anything new and none is given, is drawn here and recorded with the edit.
EditRequest editRequest(const QCommandLineParser& args, std::int64_t track) {
    EditRequest request;
    request.track = track;
    int operations = 0;
    if (args.isSet("regenerate")) {
        ++operations;
        request.kind = EditKind::Regenerate;
        request.section = sectionIndex(args, "regenerate");
        const auto parts = textOption(args, "parts").value_or("melody");
        std::size_t from = 0;
        while (from <= parts.size()) {
            const auto comma = std::min(parts.find(',', from), parts.size());
            const auto name = parts.substr(from, comma - from);
            const auto part = parseEditPart(name);
            if (!part)
                throw UserError("parts", "'" + name + "' is not a part: --parts takes melody, chords, bass and drums");
            request.parts.insert(*part);
            from = comma + 1;
        }
    }
    if (const auto kind = textOption(args, "extend")) {
        ++operations;
        request.kind = EditKind::Extend;
        request.sectionKind = *kind;
        if (args.isSet("after"))
            request.after = sectionIndex(args, "after");
    }
    if (args.isSet("remove")) {
        ++operations;
        request.kind = EditKind::Remove;
        request.section = sectionIndex(args, "remove");
    }
    if (const auto sound = textOption(args, "sound")) {
        ++operations;
        const auto equals = sound->find('=');
        if (equals == std::string::npos)
            throw UserError("sound", "--sound takes ROLE=NAME, like --sound lead=grand-piano");
        request.kind = EditKind::Sound;
        request.role = sound->substr(0, equals);
        request.sound = sound->substr(equals + 1);
    }
    if (const auto tempo = numberOption<int>(args, "tempo")) {
        ++operations;
        request.kind = EditKind::Tempo;
        request.tempo = *tempo;
    }
    if (const auto key = textOption(args, "key")) {
        ++operations;
        request.kind = EditKind::Key;
        request.key = *key;
    }
    operations += args.isSet("genre") ? 1 : 0;
    if (operations != 1)
        throw UserError("edit", std::string("edit takes one operation: ") + kEditUsage);
    request.seed = numberOption<std::uint64_t>(args, "seed").value_or(std::random_device{}() & 0xffffffffu);
    return request;
}

// `edit TRACK_ID ...`: a new version of a composed song.
int edit(const QCommandLineParser& args) {
    const auto trackId = requireTrackId(args, kEditUsage);
    ProjectDatabase db(defaultDataDirectory());
    const Catalog catalog = Catalog::load(resourceDirectory());
    const auto record = db.track(trackId);
    if (!record)
        throw UserError("track", "there is no track " + std::to_string(trackId) + "; `cadenza-cli list` shows them");
    std::int64_t version = 0;
    if (const auto genre = textOption(args, "genre")) {
        if (args.isSet("regenerate") || args.isSet("extend") || args.isSet("remove") || args.isSet("sound") ||
            args.isSet("tempo") || args.isSet("key"))
            throw UserError("edit", std::string("edit takes one operation: ") + kEditUsage);
        catalog.requireGenre(*genre);
        version = runTrackJob(db, catalog, trackId, JobKind::Rearrange, rearrangeParameters(trackId, *genre));
    } else {
        const EditRequest request = editRequest(args, trackId);
        const auto song = composedTrack({*record, db.trackFolder(trackId)}, catalog);
        if (!song)
            throw UserError("track", "track " + std::to_string(trackId) +
                                         " is a recording: editing needs a song Cadenza composed (a transcribed "
                                         "recording will be editable once transcription exists)");
        applyEdit(request, *song, catalog); // bad input stops here, changing nothing
        version = runTrackJob(db, catalog, trackId, JobKind::Edit, editParameters(request));
    }
    const auto made = db.track(version);
    if (const auto out = textOption(args, "out")) {
        copySongFolder(db.trackFolder(version), *out);
        std::printf("%s/song.wav: ", out->c_str());
    }
    std::printf("track %lld, %s, %.0f BPM, %s, %.1f s, a version of track %lld\n", static_cast<long long>(version),
                made->title.c_str(), made->tempo, made->key.c_str(), made->duration, static_cast<long long>(trackId));
    return 0;
}

// `versions TRACK_ID [--json]`: the versions of the song the track belongs to.
int versions(const QCommandLineParser& args) {
    const auto trackId = requireTrackId(args, "cadenza-cli versions TRACK_ID [--json]");
    ProjectDatabase db(defaultDataDirectory());
    if (!db.track(trackId))
        throw UserError("track", "there is no track " + std::to_string(trackId) + "; `cadenza-cli list` shows them");
    const auto all = songVersions(db, trackId);
    if (args.isSet("json")) {
        auto out = nlohmann::json::array();
        for (const auto& v : all) {
            const auto record = db.track(v.track);
            out.push_back(
                {{"track", v.track},
                 {"title", record ? record->title : ""},
                 {"parent", v.parent ? nlohmann::json(*v.parent) : nlohmann::json()},
                 {"operation", v.operation},
                 {"parameters", v.parameters.empty() ? nlohmann::json() : nlohmann::json::parse(v.parameters)},
                 {"current", v.track == trackId}});
        }
        std::printf("%s\n", out.dump(2).c_str());
        return 0;
    }
    for (const auto& v : all) {
        const auto record = db.track(v.track);
        std::printf("%s%*s%lld  %s\n", v.track == trackId ? "* " : "  ", 2 * v.depth, "",
                    static_cast<long long>(v.track), record ? record->title.c_str() : "");
    }
    return 0;
}

// `sounds [--role ROLE] [--json]`: the palette.
int sounds(const QCommandLineParser& args) {
    const Catalog catalog = Catalog::load(resourceDirectory());
    const auto role = textOption(args, "role");
    const auto& palette = catalog.palette;
    if (role && palette.forRole(*role).empty())
        throw UserError("role", "'" + *role + "' is not a role: drums, bass, harmony, lead, pad or arp");
    auto out = nlohmann::json::array();
    for (const auto& [name, sound] : palette.sounds) {
        if (role && !sound.roles.contains(*role))
            continue;
        out.push_back({{"name", name},
                       {"roles", sound.roles},
                       {"source", palette.sourceOf(sound)},
                       {"package", palette.packageOf(sound)},
                       {"licence", palette.licenceOf(sound)},
                       {"character", sound.character}});
    }
    if (args.isSet("json")) {
        std::printf("%s\n", out.dump(2).c_str());
        return 0;
    }
    for (const auto& s : out) {
        std::string roles;
        for (const auto& r : s["roles"])
            roles += (roles.empty() ? "" : ",") + r.get<std::string>();
        std::printf("%-22s %-22s %s (%s, %s)\n", s["name"].get<std::string>().c_str(), roles.c_str(),
                    s["source"].get<std::string>().c_str(), s["package"].get<std::string>().c_str(),
                    s["licence"].get<std::string>().c_str());
    }
    return 0;
}

} // namespace

std::vector<CliCommand> editCommands() {
    return {
        {.name = "edit",
         .usage = "TRACK_ID (--regenerate N [--parts ...] | --extend KIND [--after N] | --remove N | --sound ROLE=NAME "
                  "| --tempo BPM | --key KEY | --genre NAME) [--seed N] [--out DIR]",
         .summary = "a new version of a composed song: one section written anew, added or removed, a part's sound, "
                    "the tempo, key or genre",
         .options = {{"regenerate", "Write section N (from 0, as song.json lists them) anew.", "N"},
                     {"parts", "What --regenerate writes: melody, chords, bass, drums (default melody).", "LIST"},
                     {"extend", "Add a section: intro, verse, chorus, bridge, solo, breakdown, build, drop, outro.",
                      "KIND"},
                     {"after", "Where --extend adds it: after section N (default: at the end).", "N"},
                     {"remove", "Take out section N.", "N"},
                     {"sound", "Play a part with another palette sound, like lead=grand-piano.", "ROLE=NAME"},
                     {"tempo", "The whole song at this tempo, 40-240 BPM.", "BPM"},
                     {"key", "The whole song in this key, like \"E minor\".", "KEY"},
                     {"genre", "The whole song re-arranged in this genre.", "NAME"},
                     {"seed", "The seed of what is written anew (drawn and recorded when absent).", "N"},
                     outOption("the new version's folder")},
         .run = edit},
        {.name = "versions",
         .usage = "TRACK_ID [--json]",
         .summary = "the versions of a song: each edit's track, parent and operation",
         .options = {jsonOption("the versions")},
         .run = versions},
        {.name = "sounds",
         .usage = "[--role ROLE] [--json]",
         .summary = "the palette: every sound, the roles it plays, its source and licence",
         .options = {{"role", "Only the sounds that can play this role.", "ROLE"}, jsonOption("the sounds")},
         .run = sounds},
    };
}

} // namespace cadenza
