// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobQueue.h"
#include "music/StyleSpec.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

struct Catalog;
class Engines;

// What a "generate" job is asked for. The seed is always resolved before the job is
// queued, so that running it again (Retry) makes the same song.
struct GenerateRequest {
    std::string prompt;
    StyleOverrides overrides;
    std::string engine = "symbolic";
    // Takes of one prompt share a group (the first take's job id), so the studio can
    // set them side by side.
    std::optional<std::int64_t> takeGroup;
    // A recording of a melody the song grows from (hum to song; engines/HummedMelody).
    std::string melody;
    NeuralOptions neural; // a neural engine's model and sampling
};

std::string generateParameters(const GenerateRequest& request); // as JSON
// The title a generated track and its job get: the prompt, shortened.
std::string generateTitle(const std::string& prompt);
GenerateRequest parseGenerateParameters(const std::string& json);

// The songs a prompt list asks for: a prompt per line, or a JSON object per line with a
// "prompt" and any of "duration", "seed", "genre", "mood", "tempo", "key" and "meter" (as
// in ../shared/eval/prompts.jsonl, whose "expect" is ignored). Blank lines and lines
// starting with # are skipped. UserError (field "prompts") for an unreadable or empty
// file, or a JSON line without a prompt.
std::vector<GenerateRequest> readPromptList(const std::filesystem::path& file);

// Resolves the request's style (UserError for bad input: a value out of range, or neural
// options for the symbolic composer) and fixes its seed.
StyleSpec resolveGenerateRequest(GenerateRequest& request, const Catalog& catalog);

// The runner of "generate" jobs: interprets the prompt, generates the song with the
// request's engine into the job's staging folder (stems and MIDI written while it is
// mastered) and adds it to the project history. Both the CLI and the studio queue this one.
// A request with a melody transcribes it first (with the models under userModels), and
// needs the symbolic engine.
JobRunner generateJobRunner(const Catalog& catalog, const Engines& engines, std::filesystem::path userModels = {},
                            bool allowCuda = true);

} // namespace cadenza
