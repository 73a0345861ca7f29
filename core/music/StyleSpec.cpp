// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/StyleSpec.h"

#include "base/EnumNames.h"

namespace cadenza {

const char* fieldSourceName(FieldSource source) {
    static constexpr EnumNames<FieldSource, 4> kNames{{
        {FieldSource::Prompt, "prompt"},
        {FieldSource::Lexicon, "lexicon"},
        {FieldSource::Default, "default"},
        {FieldSource::Option, "option"},
    }};
    return enumName(kNames, source);
}

} // namespace cadenza
