// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/StyleSpec.h"

namespace cadenza {

const char* fieldSourceName(FieldSource source) {
    switch (source) {
    case FieldSource::Prompt:
        return "prompt";
    case FieldSource::Lexicon:
        return "lexicon";
    case FieldSource::Default:
        return "default";
    case FieldSource::Option:
        return "option";
    }
    return "default";
}

} // namespace cadenza
