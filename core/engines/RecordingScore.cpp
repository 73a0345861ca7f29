// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/RecordingScore.h"

#include "base/UserError.h"
#include "engines/Transcriber.h"
#include "transcribe/MelodyLine.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace cadenza {
namespace {

constexpr double kShortIntro = 20; // seconds

double meanEnergy(const AudioAnalysis& analysis, double from, double to) {
    double sum = 0;
    int count = 0;
    for (std::size_t i = 0; i < analysis.energyCurve.size(); ++i) {
        const double t = static_cast<double>(i) / analysis.energyRate;
        if (t >= from && t < to) {
            sum += analysis.energyCurve[i];
            ++count;
        }
    }
    return count ? sum / count : 0;
}

// The analysis' sections as the form of a song of `bars` bars from `origin`.
std::vector<ScoreSection> formOf(const AudioAnalysis& analysis, double origin, double barSeconds, int bars) {
    struct Label {
        int count = 0;
        double energy = 0;
    };
    std::map<std::string, Label> labels;
    for (const auto& s : analysis.sections) {
        auto& label = labels[s.label];
        ++label.count;
        label.energy += meanEnergy(analysis, s.start, s.end);
    }
    std::string chorus;
    double loudest = -1;
    for (const bool repeatedOnly : {true, false}) {
        for (const auto& [name, label] : labels)
            if ((!repeatedOnly || label.count >= 2) && label.energy / label.count > loudest) {
                loudest = label.energy / label.count;
                chorus = name;
            }
        if (!chorus.empty())
            break;
    }
    std::vector<ScoreSection> form;
    for (std::size_t i = 0; i < analysis.sections.size(); ++i) {
        const auto& s = analysis.sections[i];
        const int startBar = std::clamp(static_cast<int>(std::lround((s.start - origin) / barSeconds)), 0, bars);
        if (startBar >= bars || (!form.empty() && startBar <= form.back().startBar))
            continue;
        const bool repeated = labels[s.label].count >= 2;
        ScoreSection section{"verse", startBar, 0, 2};
        if (s.label == chorus)
            section = {"chorus", startBar, 0, 4};
        else if (i == 0 && !repeated && s.end - s.start < kShortIntro)
            section = {"intro", startBar, 0, 1};
        else if (i + 1 == analysis.sections.size() && !repeated)
            section = {"outro", startBar, 0, 1};
        else if (!repeated)
            section = {"bridge", startBar, 0, 3};
        form.push_back(section);
    }
    if (form.empty() || form.front().startBar > 0)
        form.insert(form.begin(), {"verse", 0, 0, 2});
    for (std::size_t i = 0; i < form.size(); ++i)
        form[i].bars = (i + 1 < form.size() ? form[i + 1].startBar : bars) - form[i].startBar;
    return form;
}

} // namespace

Score scoreOfRecording(const StereoBuffer& mix, const std::optional<StereoBuffer>& vocals,
                       const AudioAnalysis& analysis, const std::filesystem::path& userModels, bool allowCuda,
                       const ProgressCallback& progress, const CancelToken& cancel) {
    if (analysis.tempo <= 0 || analysis.beats.size() < 8)
        throw UserError("genre", "no steady beat was found in this recording to build a cover on");
    Score score;
    score.tempo =
        std::clamp(static_cast<int>(std::lround(analysis.tempo)), StyleLimits::kMinTempo, StyleLimits::kMaxTempo);
    score.meter = Meter{4, 4};
    const double origin = analysis.beats.front();
    const double barSeconds = 4 * 60.0 / score.tempo;
    score.bars = std::max(1, static_cast<int>((analysis.duration - origin) / barSeconds));
    score.durationSeconds = analysis.duration - origin;

    TranscribeRequest request;
    request.tempo = analysis.tempo;
    request.beats = analysis.beats;
    request.userModels = userModels;
    request.allowCuda = allowCuda;
    const Transcription whole = transcribeAudio(mix, request, progress, cancel);
    if (whole.notes.empty())
        throw UserError("genre", "no notes were heard in this recording: there is nothing to cover");
    score.key = whole.notesKey.value_or(analysis.key);
    score.sections = formOf(analysis, origin, barSeconds, score.bars);

    // A chord per bar: the one sounding longest in it.
    for (int bar = 0; bar < score.bars; ++bar) {
        const double from = origin + bar * barSeconds;
        const double to = from + barSeconds;
        const TimedChord* longest = nullptr;
        double most = 0;
        for (const auto& chord : whole.chords) {
            const double overlap = std::min(chord.end, to) - std::max(chord.start, from);
            if (overlap > most) {
                most = overlap;
                longest = &chord;
            }
        }
        if (longest) {
            Chord chord = longest->chord;
            chord.symbol = chord.name(score.key.prefersFlats());
            score.chords.push_back({bar * score.ticksPerBar(), score.ticksPerBar(), chord});
        } else if (!score.chords.empty()) {
            score.chords.back().length += score.ticksPerBar();
        }
    }

    std::vector<TranscribedNote> line;
    if (vocals) {
        const Transcription sung = transcribeAudio(*vocals, request, progress, cancel);
        line = melodyLine(sung.notes, LineChoice::Strongest);
    }
    if (line.size() < 8) // no vocals stem, or nothing sung in it
        line = melodyLine(whole.notes, LineChoice::Highest);
    const Hook melody = quantisedHook(line, score.tempo, score.meter, "", origin);
    Part lead;
    lead.role = lead.group = "lead";
    const Tick end = score.musicTicks();
    for (const auto& note : melody.notes)
        if (note.tick < end)
            lead.notes.push_back({note.tick, std::min(note.length, end - note.tick), note.pitch, note.velocity});
    score.parts.push_back(std::move(lead));
    return score;
}

} // namespace cadenza
