// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompt/Interpret.h"

#include "base/Random.h"
#include "base/UserError.h"
#include "music/Catalog.h"
#include "prompt/Lexicon.h"
#include "prompt/PromptText.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <sstream>

namespace cadenza {

namespace {

std::string choices(const auto& items) {
    std::ostringstream out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out << (i ? ", " : "") << items[i].id;
    return out.str();
}

void checkTempo(int tempo, const char* origin) {
    if (tempo < StyleLimits::kMinTempo || tempo > StyleLimits::kMaxTempo)
        throw UserError("tempo", std::string("tempo ") + std::to_string(tempo) + " BPM " + origin + " is outside " +
                                     std::to_string(StyleLimits::kMinTempo) + "–" +
                                     std::to_string(StyleLimits::kMaxTempo) + " BPM");
}

void checkDuration(double seconds, const char* origin) {
    if (!(seconds >= StyleLimits::kMinDuration && seconds <= StyleLimits::kMaxDuration)) {
        std::ostringstream msg;
        msg << "duration " << seconds << " s " << origin << " is outside " << StyleLimits::kMinDuration << "–"
            << StyleLimits::kMaxDuration << " seconds";
        throw UserError("duration", msg.str());
    }
}

std::vector<ScoredLabel> labels(const std::vector<std::pair<std::string, double>>& totals) {
    std::vector<ScoredLabel> out;
    out.reserve(totals.size());
    for (const auto& [id, score] : totals)
        out.push_back({id, std::round(score * 100) / 100});
    return out;
}

} // namespace

StyleSpec interpret(std::string_view prompt, const StyleOverrides& overrides, const Catalog& catalog) {
    if (std::all_of(prompt.begin(), prompt.end(), [](unsigned char c) { return std::isspace(c); }))
        throw UserError("prompt", "the prompt is empty: describe the music in a few words");
    if (prompt.size() > 2000)
        throw UserError("prompt", "the prompt is longer than 2000 characters");

    StyleSpec spec;
    spec.prompt = std::string(prompt);
    const auto explicitValues = parseExplicitValues(prompt);
    const Lexicon lexicon(catalog);
    const auto matches = lexicon.match(tokenizePrompt(prompt));
    spec.genreScores = labels(Lexicon::totals(matches, "genre"));
    spec.moodScores = labels(Lexicon::totals(matches, "mood"));

    // Seed first: the defaults below draw from it.
    if (overrides.seed) {
        spec.seed = *overrides.seed;
        spec.sources["seed"] = FieldSource::Option;
    } else {
        // 53 bits, so that the seed in song.json survives JSON readers that use doubles.
        std::random_device device;
        spec.seed = ((static_cast<std::uint64_t>(device()) << 32) ^ device()) & ((1ULL << 53) - 1);
        spec.sources["seed"] = FieldSource::Default;
    }
    Random random = Random(spec.seed).fork("interpret");

    // Genre and mood: options, then cues; each falls back on what the other suggests.
    const GenreStyle* genre = nullptr;
    const MoodStyle* mood = nullptr;
    if (overrides.genre) {
        genre = &catalog.requireGenre(*overrides.genre);
        spec.sources["genre"] = FieldSource::Option;
    } else if (!spec.genreScores.empty()) {
        genre = catalog.findGenre(spec.genreScores.front().id);
        spec.sources["genre"] = FieldSource::Lexicon;
    }
    if (overrides.mood) {
        mood = catalog.findMood(*overrides.mood);
        if (!mood)
            throw UserError("mood", "unknown mood '" + *overrides.mood + "'; choose one of: " + choices(catalog.moods));
        spec.sources["mood"] = FieldSource::Option;
    } else if (!spec.moodScores.empty()) {
        mood = catalog.findMood(spec.moodScores.front().id);
        spec.sources["mood"] = FieldSource::Lexicon;
    }
    if (!genre) {
        genre = catalog.findGenre(mood && !mood->genres.empty() ? mood->genres.front() : catalog.fallbackGenre);
        spec.sources["genre"] = FieldSource::Default;
    }
    if (!mood) {
        mood = catalog.findMood(genre->defaultMood);
        spec.sources["mood"] = FieldSource::Default;
    }
    spec.genre = genre->id;
    spec.mood = mood->id;

    // Meter: option, stated ("6/8"), cue ("waltz"), genre default.
    const auto meterCue = Lexicon::totals(matches, "meter");
    if (overrides.meter) {
        const auto meter = Meter::parse(*overrides.meter);
        if (!meter)
            throw UserError("meter",
                            "meter '" + *overrides.meter + "' is not supported; use 2/4, 3/4, 4/4, 6/8 or 12/8");
        spec.meter = *meter;
        spec.sources["meter"] = FieldSource::Option;
    } else if (explicitValues.meter) {
        spec.meter = *explicitValues.meter;
        spec.sources["meter"] = FieldSource::Prompt;
    } else if (!meterCue.empty()) {
        spec.meter = Meter::parse(meterCue.front().first).value_or(genre->meter);
        spec.sources["meter"] = FieldSource::Lexicon;
    } else {
        spec.meter = genre->meter;
        spec.sources["meter"] = FieldSource::Default;
    }

    // Tempo: option, stated, or the genre's typical tempo moved by the mood and by words
    // like "fast", kept inside the genre's range.
    if (overrides.tempo) {
        checkTempo(*overrides.tempo, "from --tempo");
        spec.tempo = *overrides.tempo;
        spec.sources["tempo"] = FieldSource::Option;
    } else if (explicitValues.tempo) {
        checkTempo(*explicitValues.tempo, "in the prompt");
        spec.tempo = *explicitValues.tempo;
        spec.sources["tempo"] = FieldSource::Prompt;
    } else {
        double factor = mood->tempoFactor;
        bool cued = false;
        for (const auto& m : matches)
            if (m.target.starts_with("tempo:")) {
                factor *= std::stod(m.target.substr(6));
                cued = true;
            }
        const double lo = cued ? genre->tempoMin * 0.85 : genre->tempoMin;
        const double hi = cued ? genre->tempoMax * 1.15 : genre->tempoMax;
        const double jitter = random.uniform(-0.03, 0.03);
        spec.tempo = static_cast<int>(std::lround(std::clamp(genre->tempoTypical * factor * (1 + jitter), lo, hi)));
        spec.tempo = std::clamp(spec.tempo, StyleLimits::kMinTempo, StyleLimits::kMaxTempo);
        spec.sources["tempo"] = cued ? FieldSource::Lexicon : FieldSource::Default;
    }

    // Key: option, stated, or drawn from the seed with the mood's leaning to minor.
    if (overrides.key) {
        const auto key = Key::parse(*overrides.key);
        if (!key)
            throw UserError("key",
                            "key '" + *overrides.key + "' is not a key; write it like \"D minor\" or \"F# major\"");
        spec.key = *key;
        spec.sources["key"] = FieldSource::Option;
    } else if (explicitValues.key) {
        spec.key = *explicitValues.key;
        spec.sources["key"] = FieldSource::Prompt;
    } else {
        const double minorChance = 0.65 * mood->minorProbability + 0.35 * genre->minorBias;
        spec.key.mode = random.chance(minorChance) ? Mode::Minor : Mode::Major;
        spec.key.tonic = random.between(0, 11);
        spec.sources["key"] = FieldSource::Default;
    }

    if (overrides.duration) {
        checkDuration(*overrides.duration, "from --duration");
        spec.duration = *overrides.duration;
        spec.sources["duration"] = FieldSource::Option;
    } else if (explicitValues.duration) {
        checkDuration(*explicitValues.duration, "in the prompt");
        spec.duration = *explicitValues.duration;
        spec.sources["duration"] = FieldSource::Prompt;
    } else {
        spec.duration = StyleLimits::kDefaultDuration;
        spec.sources["duration"] = FieldSource::Default;
    }

    // Instruments: the genre's band, with any instrument the prompt names swapped in.
    for (const auto& [role, style] : genre->roles)
        spec.instruments.push_back({role, style.sound, FieldSource::Default});
    for (const auto& m : matches) {
        if (!m.target.starts_with("instrument:"))
            continue;
        const auto& cue = catalog.instrumentCues[std::stoul(m.target.substr(11))];
        for (auto& choice : spec.instruments)
            if (choice.role == cue.role)
                choice = {cue.role, cue.sound, FieldSource::Prompt};
    }
    spec.sources["instruments"] = std::any_of(spec.instruments.begin(), spec.instruments.end(),
                                              [](const auto& c) { return c.source == FieldSource::Prompt; })
                                      ? FieldSource::Prompt
                                      : FieldSource::Default;
    return spec;
}

} // namespace cadenza
