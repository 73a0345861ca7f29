// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioFile.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cadenza {

// What a player, a DAW or a store shows about an exported file.
struct AudioTags {
    std::string title;
    std::string artist;
    std::string album;
    std::string genre;
    std::string key; // like "A minor"
    double bpm = 0;  // 0: not written
    std::string comment;
    std::vector<unsigned char> coverPng; // empty: no picture
};

// Writes the tags into an encoded file with TagLib, in the format's own way: ID3v2 frames
// (TIT2, TPE1, TALB, TCON, TBPM, TKEY, COMM, APIC) for MP3 and WAV, Vorbis comments
// (TITLE, ARTIST, ALBUM, GENRE, BPM, INITIALKEY, COMMENT, METADATA_BLOCK_PICTURE) for FLAC,
// Ogg Vorbis and Opus. The cover goes in as the front cover. Throws std::runtime_error when
// the file cannot be opened or saved.
void writeTags(const std::filesystem::path& file, AudioContainer container, const AudioTags& tags);

} // namespace cadenza
