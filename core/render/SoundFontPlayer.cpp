// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SoundFontPlayer.h"

#include <fluidsynth.h>

#include <algorithm>
#include <cmath>
#include <map>
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

// The synth of one stem: the fonts its parts need, loaded once each.
class StemSynth {
  public:
    StemSynth(const Palette& palette, int sampleRate) : palette_(palette) {
        settings_.reset(new_fluid_settings());
        fluid_settings_setnum(settings_.get(), "synth.sample-rate", sampleRate);
        fluid_settings_setnum(settings_.get(), "synth.gain", 0.5);
        fluid_settings_setint(settings_.get(), "synth.polyphony", 256);
        fluid_settings_setint(settings_.get(), "synth.cpu-cores", 1);
        fluid_settings_setint(settings_.get(), "synth.threadsafe-api", 0);
        fluid_settings_setint(settings_.get(), "synth.dynamic-sample-loading", 1);
        fluid_settings_setint(settings_.get(), "synth.reverb.active", 0);
        fluid_settings_setint(settings_.get(), "synth.chorus.active", 0);
        synth_.reset(new_fluid_synth(settings_.get()));
        if (!synth_)
            throw std::runtime_error("FluidSynth could not start");
    }

    fluid_synth_t* get() const { return synth_.get(); }

    // Selects a preset on a channel, loading its font on first use.
    void select(int channel, const PresetRef& preset, bool drums) {
        auto loaded = fonts_.find(preset.font);
        if (loaded == fonts_.end()) {
            const auto& file = palette_.fonts.at(preset.font).file;
            const int id = fluid_synth_sfload(synth_.get(), file.c_str(), 0);
            if (id == FLUID_FAILED)
                throw std::runtime_error("FluidSynth could not load the SoundFont " + file.string() + " (Debian's " +
                                         palette_.fonts.at(preset.font).package + ")");
            loaded = fonts_.emplace(preset.font, id).first;
        }
        fluid_synth_set_channel_type(synth_.get(), channel, drums ? CHANNEL_TYPE_DRUM : CHANNEL_TYPE_MELODIC);
        if (fluid_synth_program_select(synth_.get(), channel, loaded->second, preset.bank, preset.program) != FLUID_OK)
            throw std::runtime_error("the SoundFont " + palette_.fonts.at(preset.font).file.string() +
                                     " has no preset " + std::to_string(preset.bank) + ":" +
                                     std::to_string(preset.program));
    }

  private:
    const Palette& palette_;
    std::unique_ptr<fluid_settings_t, FluidDeleter> settings_;
    std::unique_ptr<fluid_synth_t, FluidDeleter> synth_;
    std::map<std::string, int> fonts_;
};

} // namespace

namespace {

// The parts of one sound, on one synth, added into `out` at `gain`.
void playOneSound(const std::vector<const Part*>& parts, const Palette& palette, const Score& score, StereoBuffer& out,
                  float gain, const CancelToken& cancel, const std::atomic<bool>& abandoned,
                  const std::function<void(std::int64_t frames)>& advanced) {
    const int rate = out.sampleRate;
    StemSynth synth(palette, rate);
    const auto frameAt = [&](Tick tick) {
        return static_cast<std::int64_t>(std::llround(score.secondsAt(tick) * rate));
    };

    std::vector<SynthEvent> events;
    int spareChannel = 15; // for the fallback presets of drum kits
    for (const Part* part : parts) {
        const PaletteSound& sound = palette.sound(part->sound);
        const int ch = part->channel;
        synth.select(ch, sound.preset, part->drums());
        int fallback = -1;
        if (sound.fallback) {
            while (std::any_of(parts.begin(), parts.end(), [&](const Part* p) { return p->channel == spareChannel; }))
                --spareChannel;
            fallback = spareChannel--;
            synth.select(fallback, *sound.fallback, part->drums());
        }
        for (const int channel : {ch, fallback}) {
            if (channel < 0)
                continue;
            fluid_synth_cc(synth.get(), channel, 7, part->volume);
            fluid_synth_cc(synth.get(), channel, 10, part->pan);
            fluid_synth_pitch_wheel_sens(synth.get(), channel, part->bendRange);
        }
        for (const auto& note : part->notes) {
            const bool inKit = note.pitch >= sound.lowestNote && note.pitch <= sound.highestNote;
            const int channel = inKit || fallback < 0 ? ch : fallback;
            events.push_back({frameAt(note.tick), 2, SynthEvent::Kind::NoteOn, channel, note.pitch, note.velocity});
            events.push_back({frameAt(note.tick + note.length), 1, SynthEvent::Kind::NoteOff, channel, note.pitch, 0});
        }
        for (const auto& bend : part->bends)
            for (const int channel : {ch, fallback})
                if (channel >= 0)
                    events.push_back({frameAt(bend.tick), 0, SynthEvent::Kind::Bend, channel, bend.value + 8192, 0});
    }
    std::stable_sort(events.begin(), events.end(), [](const SynthEvent& a, const SynthEvent& b) {
        return a.frame != b.frame ? a.frame < b.frame : a.order < b.order;
    });

    const auto total = static_cast<std::int64_t>(out.frames());
    std::vector<float> left(kBlockFrames), right(kBlockFrames);
    std::int64_t position = 0;
    // Where the stem is silent (no voice sounding and the last block below -120 dBFS), skip
    // ahead to the next event and leave the stem as it is: the lead is quiet in intros, the
    // pad waits for the chorus. The decision depends only on this synth's own audio, so the
    // output stays bit-identical from run to run.
    bool silent = false;
    // FluidSynth starts a voice on the first of its blocks (64 frames) after the note-on,
    // counting blocks from the synth's first frame. So that a note starts on the same frame
    // whatever came before (a skipped silence, or the song before an excerpt of it: an
    // edit's span), the synth is kept on the song's blocks: before an event, it plays the
    // silence by which it lags them.
    const std::int64_t block = fluid_synth_get_internal_bufsize(synth.get());
    const std::int64_t songFrame = frameAt(score.origin); // where this score starts in its song
    std::int64_t played = 0;                              // the frames the synth has played
    const auto keepOnTheSongsBlocks = [&] {
        if (const auto lag = ((songFrame + position - played) % block + block) % block; lag > 0) {
            fluid_synth_write_float(synth.get(), static_cast<int>(lag), left.data(), 0, 1, right.data(), 0, 1);
            played += lag;
        }
    };
    keepOnTheSongsBlocks();
    const auto renderUntil = [&](std::int64_t frame) {
        frame = std::min(frame, total);
        while (position < frame) {
            if (cancel.cancelled() || abandoned.load(std::memory_order_relaxed))
                throw OperationCancelled();
            const auto n = static_cast<int>(std::min<std::int64_t>(kBlockFrames, frame - position));
            if (!silent) {
                std::fill_n(left.begin(), n, 0.0f);
                std::fill_n(right.begin(), n, 0.0f);
                fluid_synth_write_float(synth.get(), n, left.data(), 0, 1, right.data(), 0, 1);
                played += n;
                float* toLeft = out.left.data() + position;
                float* toRight = out.right.data() + position;
                for (int i = 0; i < n; ++i) {
                    toLeft[i] += gain * left[static_cast<std::size_t>(i)];
                    toRight[i] += gain * right[static_cast<std::size_t>(i)];
                }
                silent = fluid_synth_get_active_voice_count(synth.get()) == 0 &&
                         std::all_of(left.begin(), left.begin() + n, [](float x) { return std::abs(x) < 1e-6f; }) &&
                         std::all_of(right.begin(), right.begin() + n, [](float x) { return std::abs(x) < 1e-6f; });
            }
            position += n;
            if (advanced)
                advanced(n);
        }
    };
    for (const auto& e : events) {
        if (e.frame >= total)
            break;
        renderUntil(e.frame);
        if (silent)
            keepOnTheSongsBlocks();
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
}

} // namespace

void playSoundFontParts(const std::vector<const Part*>& parts, const Palette& palette, const Score& score,
                        StereoBuffer& out, const CancelToken& cancel, const std::atomic<bool>& abandoned,
                        const std::function<void(std::int64_t frames)>& advanced) {
    if (parts.empty())
        return;
    prepareFluidSynth();
    // A synth per sound, so that each is brought to its calibrated level (a stem usually
    // has one; a part with another sound in some sections adds one).
    std::map<std::string, std::vector<const Part*>> bySound;
    for (const Part* part : parts)
        bySound[part->sound].push_back(part);
    for (const auto& [sound, ofSound] : bySound)
        playOneSound(ofSound, palette, score, out, static_cast<float>(std::pow(10.0, palette.sound(sound).gainDb / 20)),
                     cancel, abandoned, advanced);
}

} // namespace cadenza
