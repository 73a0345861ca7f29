// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SynthPlayer.h"

#include "render/PartGains.h"
#include "render/SynthVoices.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace cadenza {
namespace {

constexpr int kMaxVoices = 16;
constexpr int kBlock = 1024;
constexpr float kSilence = 1e-6f;            // -120 dBFS: a voice below it has died away
constexpr std::int64_t kSilentFrames = 2048; // for this long, after its release, to be done
// A drum's tail decays exponentially for ever: it is done 80 dB down.
constexpr float kDrumSilence = 1e-4f;
constexpr std::int64_t kDrumSilentFrames = 256;
constexpr std::int64_t kChokeFrames = 441; // a choked hat fades out over 10 ms

enum class Playing { Poly, Mono, Drums };

Playing playingOf(const std::string& synth) {
    if (synth == "acid" || synth == "bass808" || synth == "sub")
        return Playing::Mono;
    if (synth == "drums")
        return Playing::Drums;
    return Playing::Poly;
}

// What the drum synthesizer plays for a General MIDI drum note: a voice, the pitch for the
// toms and congas, a level, and whether it is a hat that closed hats choke.
struct DrumHit {
    const char* voice = nullptr;
    double hz = 0;
    double level = 1;
};

DrumHit drumHit(int note) {
    switch (note) {
    case 35:
    case 36:
        return {"kick"};
    case 37:
    case 75:
    case 76:
    case 77:
        return {"rim"};
    case 38:
    case 40:
        return {"snare"};
    case 39:
        return {"clap"};
    case 42:
        return {"hat"};
    case 44:
        return {"hat", 0, 0.7};
    case 54:
    case 69:
    case 70:
        return {"hat", 0, 0.5};
    case 46:
        return {"openhat"};
    case 49:
    case 52:
    case 55:
    case 57:
        return {"cymbal"};
    case 51:
    case 53:
    case 59:
        return {"cymbal", 0, 0.45};
    case 41:
    case 43:
    case 45:
    case 47:
    case 48:
    case 50:
        return {"tom", 70.0 * std::pow(2.0, (note - 41) / 9.0 * 1.3)};
    case 60:
    case 61:
    case 62:
    case 63:
    case 64:
        return {"tom", 260.0 * std::pow(2.0, (note - 60) / 7.0)};
    default:
        return {"rim", 0, 0.4};
    }
}

struct Voice {
    std::unique_ptr<SynthVoice> synth;
    std::string kind; // which voice it is (for the drum pool)
    int note = -1;
    bool held = false;     // between its note-on and note-off
    bool sounding = false; // still to be computed
    std::int64_t started = 0;
    std::int64_t silentFor = 0;
    std::int64_t fadeLeft = -1; // > 0 while a choke fades it out
    bool openHat = false;
    bool restrike = false; // struck while its gate was up: close it for a frame first
};

struct Event {
    std::int64_t frame;
    int order; // note-offs, then bends, then note-ons at the same frame
    enum class Kind { On, Off, Bend } kind;
    int note;
    int value; // velocity, or the bend
};

class PartPlayer {
  public:
    PartPlayer(const Part& part, const PaletteSound& sound, int sampleRate)
        : part_(part), sound_(sound), rate_(sampleRate), playing_(playingOf(sound.synth)),
          gains_(partGains(part, sound.gainDb)) {}

    void play(const Score& score, StereoBuffer& out, const CancelToken& cancel,
              const std::function<void(std::int64_t)>& advanced) {
        const auto total = static_cast<std::int64_t>(out.frames());
        std::vector<Event> events;
        for (const auto& note : part_.notes) {
            events.push_back({frameAt(score, note.tick), 2, Event::Kind::On, note.pitch, note.velocity});
            if (playing_ != Playing::Drums)
                events.push_back({frameAt(score, note.tick + note.length), 0, Event::Kind::Off, note.pitch, 0});
        }
        for (const auto& bend : part_.bends)
            events.push_back({frameAt(score, bend.tick), 1, Event::Kind::Bend, 0, bend.value});
        std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
            return a.frame != b.frame ? a.frame < b.frame : a.order < b.order;
        });
        std::int64_t position = 0;
        const auto renderUntil = [&](std::int64_t frame) {
            frame = std::min(frame, total);
            while (position < frame) {
                cancel.throwIfCancelled();
                const auto n = static_cast<int>(std::min<std::int64_t>(kBlock, frame - position));
                render(out, position, n);
                position += n;
                if (advanced)
                    advanced(n);
            }
        };
        for (const auto& e : events) {
            if (e.frame >= total)
                break;
            renderUntil(e.frame);
            switch (e.kind) {
            case Event::Kind::On:
                noteOn(e.note, e.value, e.frame);
                break;
            case Event::Kind::Off:
                noteOff(e.note);
                break;
            case Event::Kind::Bend:
                bend_ = std::pow(2.0, e.value / 8192.0 * part_.bendRange / 12.0);
                for (auto& v : voices_)
                    if (v.sounding && v.note >= 0)
                        v.synth->setFrequency(noteFrequency(v.note) * bend_);
                break;
            }
        }
        renderUntil(total);
    }

  private:
    std::int64_t frameAt(const Score& score, Tick tick) const {
        return static_cast<std::int64_t>(std::llround(score.secondsAt(tick) * rate_));
    }

    Voice& newVoice(const std::string& kind) {
        // An idle voice of this kind, else a new one while there is room, else the voice
        // that has been released longest ago (or, if all are held, the oldest).
        for (auto& v : voices_)
            if (!v.sounding && v.kind == kind)
                return v;
        if (static_cast<int>(voices_.size()) < kMaxVoices || playing_ == Playing::Drums) {
            auto& v = voices_.emplace_back();
            v.synth = std::make_unique<SynthVoice>(kind, rate_, sound_.settings);
            v.kind = kind;
            return v;
        }
        Voice* victim = nullptr;
        for (auto& v : voices_)
            if (!victim || (v.held < victim->held) || (v.held == victim->held && v.started < victim->started))
                victim = &v;
        return *victim;
    }

    void noteOn(int note, int velocity, std::int64_t frame) {
        const double v = velocity / 127.0;
        if (playing_ == Playing::Drums) {
            const DrumHit hit = drumHit(note);
            if (std::string(hit.voice) == "hat")
                for (auto& other : voices_)
                    if (other.sounding && other.openHat && other.fadeLeft < 0)
                        other.fadeLeft = kChokeFrames;
            Voice& voice = newVoice(hit.voice);
            strike(voice, note, hit.hz > 0 ? hit.hz : noteFrequency(note), v * hit.level, frame);
            voice.openHat = std::string(hit.voice) == "openhat";
            return;
        }
        if (playing_ == Playing::Mono) {
            Voice& voice = voices_.empty() ? newVoice(sound_.synth) : voices_.front();
            if (voice.held && voice.sounding) { // a slide: the pitch moves, nothing strikes again
                voice.note = note;
                voice.synth->setFrequency(noteFrequency(note) * bend_);
                voice.synth->setVelocity(v);
                return;
            }
            strike(voice, note, noteFrequency(note) * bend_, v, frame);
            return;
        }
        for (auto& other : voices_) // the same note again: it restarts in its own voice
            if (other.sounding && other.note == note) {
                strike(other, note, noteFrequency(note) * bend_, v, frame);
                return;
            }
        strike(newVoice(sound_.synth), note, noteFrequency(note) * bend_, v, frame);
    }

    // Starts the voice on a note. A voice whose gate is still up is closed for one frame
    // first (in render), so that its envelopes see the gate rise again.
    void strike(Voice& voice, int note, double hz, double velocity, std::int64_t frame) {
        voice.note = note;
        voice.held = playing_ != Playing::Drums;
        voice.sounding = true;
        voice.started = frame;
        voice.silentFor = 0;
        voice.fadeLeft = -1;
        voice.synth->setFrequency(hz);
        voice.synth->setVelocity(velocity);
        voice.restrike = voice.synth->gate();
        voice.synth->setGate(!voice.restrike);
    }

    void noteOff(int note) {
        for (auto& v : voices_)
            if (v.held && v.note == note) {
                v.held = false;
                v.synth->setGate(false);
            }
    }

    void render(StereoBuffer& out, std::int64_t at, int frames) {
        float* left = out.left.data() + at;
        float* right = out.right.data() + at;
        for (auto& v : voices_) {
            if (!v.sounding)
                continue;
            int from = 0;
            if (v.restrike) {
                v.synth->addTo(left, right, 1, gains_.left, gains_.right);
                v.synth->setGate(true);
                v.restrike = false;
                from = 1;
            }
            const int n = frames - from;
            if (v.fadeLeft >= 0) { // choked: fade out sample by sample
                for (int i = 0; i < n && v.fadeLeft > 0; ++i, --v.fadeLeft) {
                    const float fade = static_cast<float>(v.fadeLeft) / kChokeFrames;
                    v.synth->addTo(left + from + i, right + from + i, 1, fade * gains_.left, fade * gains_.right);
                }
                if (v.fadeLeft == 0)
                    v.sounding = false;
                continue;
            }
            const float peak = v.synth->addTo(left + from, right + from, n, gains_.left, gains_.right);
            if (playing_ == Playing::Drums && v.synth->gate()) // a strike is an edge: close it again
                v.synth->setGate(false);
            const bool drum = playing_ == Playing::Drums;
            if (!v.held && peak < (drum ? kDrumSilence : kSilence)) {
                v.silentFor += n;
                if (v.silentFor >= (drum ? kDrumSilentFrames : kSilentFrames))
                    v.sounding = false;
            } else {
                v.silentFor = 0;
            }
        }
    }

    const Part& part_;
    const PaletteSound& sound_;
    int rate_;
    Playing playing_;
    PartGains gains_;
    std::vector<Voice> voices_;
    double bend_ = 1;
};

} // namespace

double noteFrequency(double note) {
    return 440.0 * std::pow(2.0, (note - 69.0) / 12.0);
}

void playSynthPart(const Part& part, const PaletteSound& sound, const Score& score, StereoBuffer& out,
                   const CancelToken& cancel, const std::function<void(std::int64_t frames)>& advanced) {
    PartPlayer(part, sound, out.sampleRate).play(score, out, cancel, advanced);
}

} // namespace cadenza
