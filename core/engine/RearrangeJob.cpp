#include "engine/RearrangeJob.h"

#include "base/UserError.h"
#include "compose/Catalog.h"
#include "compose/Compose.h"
#include "compose/Interpret.h"
#include "engine/SongFiles.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace cadenza {

std::string rearrangeParameters(std::int64_t trackId, const std::string& genre) {
    return nlohmann::json{{"track", trackId}, {"genre", genre}}.dump();
}

JobRunner rearrangeJobRunner(const Catalog& catalog, const SymbolicEngine& engine) {
    return [&catalog, &engine](const std::string& parameters, const JobContext& context,
                               const ProgressCallback& progress, const CancelToken& cancel) {
        const auto request = nlohmann::json::parse(parameters);
        const auto parentId = request.at("track").get<std::int64_t>();
        const auto genreName = request.at("genre").get<std::string>();
        const GenreStyle* genre = &catalog.requireGenre(genreName);
        std::optional<TrackRecord> parent;
        std::filesystem::path parentFolder;
        context.withDatabase([&](ProjectDatabase& db) {
            parent = db.track(parentId);
            parentFolder = db.trackFolder(parentId);
        });
        if (!parent)
            throw UserError("track", "track " + std::to_string(parentId) + " is no longer in the library");
        if (parent->source != "generated")
            throw UserError("genre", "only generated tracks can be re-arranged in another genre: track " +
                                         std::to_string(parentId) + " is " + parent->source);

        // The original score, exactly: the prompt with every field it resolved to forced.
        std::ifstream songFile(parentFolder / "song.json");
        const auto song = nlohmann::json::parse(songFile);
        const auto prompt = song.at("prompt").get<std::string>();
        const StyleSpec original = interpret(prompt,
                                             {.genre = song.at("genre").get<std::string>(),
                                              .mood = song.at("mood").get<std::string>(),
                                              .tempo = song.at("tempo").get<int>(),
                                              .key = song.at("key").get<std::string>(),
                                              .meter = song.at("meter").get<std::string>(),
                                              .duration = song.at("duration").get<double>(),
                                              .seed = song.at("seed").get<std::uint64_t>()},
                                             catalog);
        if (progress)
            progress("compose", 0);
        const Score originalScore = compose(original, catalog);
        // The new genre's tempo (its typical tempo moved by the mood), key, meter and seed kept.
        StyleSpec target = interpret(prompt,
                                     {.genre = genre->id,
                                      .mood = original.mood,
                                      .key = original.key.name(),
                                      .meter = original.meter.name(),
                                      .duration = original.duration,
                                      .seed = original.seed},
                                     catalog);
        target.duration = original.duration * original.tempo / target.tempo;
        Score score = rearrange(originalScore, target, catalog);
        cancel.throwIfCancelled();

        const auto folder = context.stagingFolder / "song";
        std::vector<std::string> stems;
        {
            SongWriter writer(folder);
            const Song result = engine.perform(
                target, std::move(score), progress, cancel,
                [&](const Score& s, const std::vector<Stem>& parts) { writer.writeParts(s, parts, cancel); });
            if (progress)
                progress("write", 0);
            writer.finish(result);
            for (const auto& stem : result.stems)
                stems.push_back(stem.group);
        }
        TrackRecord track = *parent;
        track.id = 0;
        track.favourite = false;
        track.source = "derived";
        track.title = parent->title + " (as " + genre->name + ")";
        track.genre = target.genre;
        track.tempo = target.tempo;
        track.duration = target.duration;
        return std::optional<std::int64_t>(context.addTrack(
            track, folder, stems, {LineageLink{parentId, "rearrange", rearrangeParameters(parentId, genre->id)}}));
    };
}

} // namespace cadenza
