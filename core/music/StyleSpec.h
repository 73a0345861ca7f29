// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Music.h"
#include "music/Score.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// Where a resolved field's value came from.
enum class FieldSource { Prompt, Lexicon, Default, Option };
const char* fieldSourceName(FieldSource source);

struct ScoredLabel {
    std::string id;
    double score = 0;
};

// The sound that plays one role of the arrangement.
struct InstrumentChoice {
    std::string role;  // drums, bass, harmony, lead, pad, arp
    std::string sound; // a sound of the palette
    FieldSource source = FieldSource::Default;
};

// A melody the song is built around (hum to song): its notes from its first downbeat, in
// ticks at the spec's tempo and in the spec's key; the whole bars it spans; and the file it
// came from, for song.json.
struct Hook {
    std::vector<NoteEvent> notes;
    int bars = 0;
    std::string source;
};

// How a neural engine samples, as far as the person set it; what is unset comes from the
// model's published generation_config.json. The symbolic composer has no use for these.
struct NeuralOptions {
    std::string model;                 // a model folder's name; empty: the first one installed
    std::optional<double> guidance;    // classifier-free guidance scale (1-20)
    std::optional<double> temperature; // 0-4; 0 is greedy
    std::optional<int> topK;           // 0-2048; 0 keeps every token
    std::optional<double> topP;        // above 0 and up to 1
    std::string melody;                // a recording to follow (MusicGen-melody); empty: none

    bool empty() const { return model.empty() && !guidance && !temperature && !topK && !topP && melody.empty(); }
};

// Everything the composer needs to know, resolved from the prompt and the options.
struct StyleSpec {
    std::string prompt;
    std::string genre;
    std::string mood;
    int tempo = 120; // quarter notes per minute
    Key key;
    Meter meter;
    double duration = 60; // seconds
    std::uint64_t seed = 0;
    std::vector<InstrumentChoice> instruments;
    std::map<std::string, FieldSource> sources; // field name -> origin
    std::vector<ScoredLabel> genreScores;       // best first
    std::vector<ScoredLabel> moodScores;
    std::optional<Hook> hook; // the chorus's melody, when the song grows from one
    NeuralOptions neural;     // for the neural engines
};

// Values the person set explicitly (command-line options or the Generate panel); each one
// overrides whatever the prompt says.
struct StyleOverrides {
    std::optional<std::string> genre;
    std::optional<std::string> mood;
    std::optional<int> tempo;
    std::optional<std::string> key;
    std::optional<std::string> meter;
    std::optional<double> duration;
    std::optional<std::uint64_t> seed;
};

// The limits every front end enforces.
struct StyleLimits {
    static constexpr double kMinDuration = 5;
    static constexpr double kMaxDuration = 600;
    static constexpr double kDefaultDuration = 60;
    static constexpr int kMinTempo = 40;
    static constexpr int kMaxTempo = 240;
};

} // namespace cadenza
