// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/ComposedTrack.h"

#include "compose/Compose.h"
#include "compose/ScoreJson.h"
#include "engines/SongFiles.h"
#include "engines/SymbolicEngine.h"
#include "music/Catalog.h"
#include "prompt/Interpret.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace cadenza {

std::optional<ComposedTrack> composedTrack(const SourceTrack& track, const Catalog& catalog) {
    std::ifstream songFile(track.folder / "song.json");
    if (!songFile)
        return std::nullopt;
    const auto song = nlohmann::json::parse(songFile, nullptr, false);
    if (song.is_discarded() || song.value("engine", "") != SymbolicEngine::kName || !song.contains("prompt"))
        return std::nullopt;
    const std::filesystem::path scoreFile = track.folder / "score.json";
    const bool kept = std::filesystem::exists(scoreFile);
    if (!kept && track.record.source != TrackSource::Generated)
        return std::nullopt; // a derived recording of a composed song
    ComposedTrack composed;
    composed.spec = interpret(song.at("prompt").get<std::string>(),
                              {.genre = song.at("genre").get<std::string>(),
                               .mood = song.at("mood").get<std::string>(),
                               .tempo = song.at("tempo").get<int>(),
                               .key = song.at("key").get<std::string>(),
                               .meter = song.at("meter").get<std::string>(),
                               .duration = song.at("duration").get<double>(),
                               .seed = song.at("seed").get<std::uint64_t>()},
                              catalog);
    if (const auto levels = song.find("levels"); levels != song.end()) {
        composed.levels.stageDb = levels->at("stage_db").get<double>();
        composed.levels.stemDb = levels->at("stems_db").get<std::map<std::string, double>>();
        if (const auto master = levels->find("master"); master != levels->end())
            composed.levels.master = MasterGains{.inputDb = master->at("input_db").get<double>(),
                                                 .gainDb = master->at("gain_db").get<double>(),
                                                 .ceilingDb = master->at("ceiling_db").get<double>()};
    }
    if (kept) {
        std::ifstream in(scoreFile);
        std::stringstream text;
        text << in.rdbuf();
        composed.score = scoreFromJson(text.str());
    } else {
        composed.score = compose(composed.spec, catalog);
    }
    return composed;
}

std::vector<std::string> writeComposedSong(const SymbolicEngine& engine, const StyleSpec& spec, Score score,
                                           const std::filesystem::path& folder, const Catalog& catalog,
                                           const ProgressCallback& progress, const CancelToken& cancel,
                                           const EditBase& parent, const std::filesystem::path& parentFolder) {
    SongWriter writer(folder, {.palette = &catalog.palette});
    for (const auto& stem : parent.unchanged)
        writer.keepStem(stem.group, parentFolder / "stems" / (stem.group + ".wav"));
    const Song result = engine.perform(
        spec, std::move(score), progress, cancel,
        [&](const Score& s, const std::vector<Stem>& parts) { writer.writeParts(s, parts, cancel); }, parent);
    if (progress)
        progress("write", 0);
    writer.finish(result);
    std::vector<std::string> stems;
    for (const auto& stem : result.stems)
        stems.push_back(stem.group);
    return stems;
}

} // namespace cadenza
