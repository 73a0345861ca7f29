// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#if defined(__SSE__) || defined(__x86_64__)
#include <xmmintrin.h>
#endif

namespace cadenza {

// While it lives, this thread's floating-point unit treats denormal numbers (the tiny
// values a decaying filter, reverb or envelope reaches on the way to silence) as zero. On
// x86 they are otherwise computed in microcode, up to a hundred times slower, so that a
// reverb's tail costs more than its sound. Audio loses nothing: they are below -700 dB.
class DenormalsFlushed {
  public:
#if defined(__SSE__) || defined(__x86_64__)
    DenormalsFlushed() : saved_(_mm_getcsr()) {
        _mm_setcsr(saved_ | 0x8040);
    } // FTZ and DAZ
    ~DenormalsFlushed() {
        _mm_setcsr(saved_);
    }

  private:
    unsigned saved_;
#else
    DenormalsFlushed() = default;
#endif
  public:
    DenormalsFlushed(const DenormalsFlushed&) = delete;
    DenormalsFlushed& operator=(const DenormalsFlushed&) = delete;
};

} // namespace cadenza
