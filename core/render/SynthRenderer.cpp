// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SynthRenderer.h"

#include "base/RunConcurrently.h"

#include <fluidsynth.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace cadenza {
namespace {

struct SynthEvent {
    std::int64_t frame;
    int order; // controllers, then note-offs, then note-ons at the same frame
    enum class Kind { NoteOn, NoteOff, Bend } kind;
    int channel;
    int data1;
    int data2;
};

struct FluidDeleter {
    void operator()(fluid_settings_t* s) const { delete_fluid_settings(s); }
    void operator()(fluid_synth_t* s) const { delete_fluid_synth(s); }
};

constexpr int kBlockFrames = 4096;

// Process-wide FluidSynth set-up, done once before the first render.
void prepareFluidSynth() {
    static std::once_flag once;
    std::call_once(once, [] {
        // Cadenza reports failures itself, naming the file and the reason.
        fluid_set_log_function(FLUID_ERR, nullptr, nullptr);
        fluid_set_log_function(FLUID_WARN, nullptr, nullptr);
        fluid_set_log_function(FLUID_INFO, nullptr, nullptr);
        fluid_set_log_function(FLUID_DBG, nullptr, nullptr);
        // Each synth takes a reference on libinstpatch (the SoundFont reader Debian's
        // FluidSynth uses) and the last one to go tears it down. One idle synth held for
        // the life of the process keeps it from being torn down and built again between
        // songs, while stem synths come and go on worker threads.
        static const std::unique_ptr<fluid_settings_t, FluidDeleter> keeperSettings(new_fluid_settings());
        static const std::unique_ptr<fluid_synth_t, FluidDeleter> keeper(new_fluid_synth(keeperSettings.get()));
    });
}

class StemRenderer {
  public:
    StemRenderer(const Score& score, const RenderSettings& settings, std::atomic<std::int64_t>& framesDone,
                 const CancelToken& cancel, const std::atomic<bool>& abandoned)
        : score_(score), settings_(settings), framesDone_(framesDone), cancel_(cancel), abandoned_(abandoned) {}

    Stem render(const std::string& group) const {
        std::unique_ptr<fluid_settings_t, FluidDeleter> fs(new_fluid_settings());
        fluid_settings_setnum(fs.get(), "synth.sample-rate", settings_.sampleRate);
        fluid_settings_setnum(fs.get(), "synth.gain", 0.5);
        fluid_settings_setint(fs.get(), "synth.polyphony", 256);
        fluid_settings_setint(fs.get(), "synth.cpu-cores", 1);
        fluid_settings_setint(fs.get(), "synth.threadsafe-api", 0);
        fluid_settings_setint(fs.get(), "synth.dynamic-sample-loading", 1);
        // Effect units cost as much as the voices: run only those the parts send to.
        bool reverb = false, chorus = false;
        for (const auto& part : score_.parts)
            if (part.group == group) {
                reverb |= part.reverb > 0;
                chorus |= part.chorus > 0;
            }
        fluid_settings_setint(fs.get(), "synth.reverb.active", reverb ? 1 : 0);
        fluid_settings_setnum(fs.get(), "synth.reverb.room-size", 0.62);
        fluid_settings_setnum(fs.get(), "synth.reverb.damp", 0.35);
        fluid_settings_setnum(fs.get(), "synth.reverb.width", 0.9);
        fluid_settings_setnum(fs.get(), "synth.reverb.level", 0.75);
        fluid_settings_setint(fs.get(), "synth.chorus.active", chorus ? 1 : 0);
        std::unique_ptr<fluid_synth_t, FluidDeleter> synth(new_fluid_synth(fs.get()));
        if (!synth)
            throw std::runtime_error("FluidSynth could not start");
        const int font = fluid_synth_sfload(synth.get(), settings_.soundFont.c_str(), 1);
        if (font == FLUID_FAILED)
            throw std::runtime_error("FluidSynth could not load the SoundFont " + settings_.soundFont.string());

        std::vector<SynthEvent> events;
        for (const auto& part : score_.parts) {
            if (part.group != group)
                continue;
            const int ch = part.channel;
            if (part.drums()) {
                if (fluid_synth_program_select(synth.get(), ch, font, 128, part.program) != FLUID_OK)
                    fluid_synth_program_select(synth.get(), ch, font, 128, 0);
            } else {
                fluid_synth_program_select(synth.get(), ch, font, 0, part.program);
            }
            fluid_synth_cc(synth.get(), ch, 7, part.volume);
            fluid_synth_cc(synth.get(), ch, 10, part.pan);
            fluid_synth_cc(synth.get(), ch, 91, part.reverb);
            fluid_synth_cc(synth.get(), ch, 93, part.chorus);
            fluid_synth_pitch_wheel_sens(synth.get(), ch, part.bendRange);
            for (const auto& note : part.notes) {
                events.push_back({frameAt(note.tick), 2, SynthEvent::Kind::NoteOn, ch, note.pitch, note.velocity});
                events.push_back({frameAt(note.tick + note.length), 1, SynthEvent::Kind::NoteOff, ch, note.pitch, 0});
            }
            for (const auto& bend : part.bends)
                events.push_back({frameAt(bend.tick), 0, SynthEvent::Kind::Bend, ch, bend.value + 8192, 0});
        }
        std::stable_sort(events.begin(), events.end(), [](const SynthEvent& a, const SynthEvent& b) {
            return a.frame != b.frame ? a.frame < b.frame : a.order < b.order;
        });

        const auto total = static_cast<std::int64_t>(std::llround(score_.durationSeconds * settings_.sampleRate));
        Stem stem{group, StereoBuffer(settings_.sampleRate, static_cast<std::size_t>(total))};
        std::int64_t position = 0;
        // Where the stem is silent (no voice sounding and the effect tails died away below
        // -120 dBFS), skip ahead to the next event and leave the zeros: the lead is quiet in
        // intros, the pad waits for the chorus. The decision depends only on the stem's own
        // audio, so the output stays bit-identical from run to run.
        bool silent = false;
        const auto renderUntil = [&](std::int64_t frame) {
            frame = std::min(frame, total);
            while (position < frame) {
                if (cancel_.cancelled() || abandoned_.load(std::memory_order_relaxed))
                    throw OperationCancelled();
                const auto n = static_cast<int>(std::min<std::int64_t>(kBlockFrames, frame - position));
                if (silent) {
                    position += n;
                } else {
                    float* left = stem.audio.left.data() + position;
                    float* right = stem.audio.right.data() + position;
                    fluid_synth_write_float(synth.get(), n, left, 0, 1, right, 0, 1);
                    position += n;
                    silent = fluid_synth_get_active_voice_count(synth.get()) == 0 &&
                             std::all_of(left, left + n, [](float x) { return std::abs(x) < 1e-6f; }) &&
                             std::all_of(right, right + n, [](float x) { return std::abs(x) < 1e-6f; });
                }
                framesDone_.fetch_add(n, std::memory_order_relaxed);
            }
        };
        for (const auto& e : events) {
            if (e.frame >= total)
                break;
            renderUntil(e.frame);
            silent = false; // every event may start a sound
            switch (e.kind) {
            case SynthEvent::Kind::NoteOn:
                fluid_synth_noteon(synth.get(), e.channel, e.data1, e.data2);
                break;
            case SynthEvent::Kind::NoteOff:
                fluid_synth_noteoff(synth.get(), e.channel, e.data1);
                break;
            case SynthEvent::Kind::Bend:
                fluid_synth_pitch_bend(synth.get(), e.channel, e.data1);
                break;
            }
        }
        renderUntil(total);
        return stem;
    }

  private:
    std::int64_t frameAt(Tick tick) const {
        return static_cast<std::int64_t>(std::llround(score_.secondsAt(tick) * settings_.sampleRate));
    }

    const Score& score_;
    const RenderSettings& settings_;
    std::atomic<std::int64_t>& framesDone_;
    const CancelToken& cancel_;
    const std::atomic<bool>& abandoned_; // another stem failed: stop this one too
};

} // namespace

std::filesystem::path defaultSoundFont() {
    if (const char* env = std::getenv("CADENZA_SOUNDFONT"); env && *env) {
        if (!std::filesystem::is_regular_file(env))
            throw std::runtime_error(std::string("CADENZA_SOUNDFONT names ") + env + ", which is not a file");
        return env;
    }
    for (const char* candidate : {"/usr/share/sounds/sf2/FluidR3_GM.sf2", "/usr/share/sounds/sf2/default-GM.sf2"})
        if (std::filesystem::exists(candidate))
            return candidate;
    throw std::runtime_error("no General MIDI SoundFont found: install Debian's fluid-soundfont-gm "
                             "or set CADENZA_SOUNDFONT to an .sf2 file");
}

std::vector<Stem> renderStems(const Score& score, const RenderSettings& settings, const ProgressCallback& progress,
                              const CancelToken& cancel) {
    prepareFluidSynth();
    const auto groups = score.groups();
    // Longest first: sustained notes cost the synth most, so a pad that holds chords all
    // song long should start at once rather than after the short stems.
    std::vector<std::size_t> order(groups.size());
    std::vector<double> cost(groups.size(), 0);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        order[g] = g;
        for (const auto& part : score.parts)
            if (part.group == groups[g])
                for (const auto& note : part.notes)
                    cost[g] += score.secondsAt(note.length) + 0.05;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return cost[a] > cost[b]; });
    std::vector<Stem> stems(groups.size());
    std::atomic<std::int64_t> framesDone{0};
    std::atomic<bool> abandoned{false};
    const StemRenderer renderer(score, settings, framesDone, cancel, abandoned);
    std::vector<std::function<void()>> tasks;
    tasks.reserve(order.size());
    for (const std::size_t g : order)
        tasks.emplace_back([&, g] {
            try {
                stems[g] = renderer.render(groups[g]);
            } catch (...) {
                abandoned = true; // stop the stems still rendering, too
                throw;
            }
        });
    const double totalFrames = score.durationSeconds * settings.sampleRate * static_cast<double>(groups.size());
    ConcurrencyOptions options;
    options.threads = settings.threads > 0 ? static_cast<unsigned>(settings.threads) : 0;
    options.whileWaiting = [&] {
        if (progress)
            progress("render", std::min(1.0, static_cast<double>(framesDone.load()) / totalFrames));
    };
    runConcurrently(tasks, options);
    cancel.throwIfCancelled();
    return stems;
}

} // namespace cadenza
