// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/Tags.h"

#include <taglib/attachedpictureframe.h>
#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tpropertymap.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/xiphcomment.h>

#include <cmath>
#include <memory>
#include <stdexcept>

namespace cadenza {
namespace {

TagLib::String utf8(const std::string& text) {
    return {text, TagLib::String::UTF8};
}

// The text tags, through TagLib's property map, which names them the same for every format
// and maps them onto ID3v2 frames or Vorbis comments.
void setProperties(TagLib::File& file, const AudioTags& tags) {
    TagLib::PropertyMap properties = file.properties();
    const auto set = [&](const char* name, const std::string& value) {
        if (value.empty())
            properties.erase(name);
        else
            properties.replace(name, TagLib::StringList(utf8(value)));
    };
    set("TITLE", tags.title);
    set("ARTIST", tags.artist);
    set("ALBUM", tags.album);
    set("GENRE", tags.genre);
    set("INITIALKEY", tags.key);
    set("COMMENT", tags.comment);
    set("BPM", tags.bpm > 0 ? std::to_string(std::lround(tags.bpm)) : std::string());
    file.setProperties(properties);
}

TagLib::ByteVector bytes(const std::vector<unsigned char>& data) {
    return {reinterpret_cast<const char*>(data.data()), static_cast<unsigned int>(data.size())};
}

void addId3Cover(TagLib::ID3v2::Tag& tag, const AudioTags& tags) {
    tag.removeFrames("APIC");
    if (tags.coverPng.empty())
        return;
    auto frame = std::make_unique<TagLib::ID3v2::AttachedPictureFrame>();
    frame->setMimeType("image/png");
    frame->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
    frame->setDescription("Cover");
    frame->setPicture(bytes(tags.coverPng));
    tag.addFrame(frame.release()); // the tag owns its frames
}

// A FLAC picture block, as FLAC files hold it and as Ogg files hold it base64-encoded.
std::unique_ptr<TagLib::FLAC::Picture> flacPicture(const AudioTags& tags) {
    auto picture = std::make_unique<TagLib::FLAC::Picture>();
    picture->setType(TagLib::FLAC::Picture::FrontCover);
    picture->setMimeType("image/png");
    picture->setDescription("Cover");
    picture->setData(bytes(tags.coverPng));
    return picture;
}

void addXiphCover(TagLib::Ogg::XiphComment& comment, const AudioTags& tags) {
    comment.removeAllPictures();
    if (!tags.coverPng.empty())
        comment.addPicture(flacPicture(tags).release()); // the comment owns its pictures
}

template <typename File> File& openOrThrow(File& file, const std::filesystem::path& path) {
    if (!file.isValid())
        throw std::runtime_error("cannot tag " + path.string() + ": TagLib cannot read it");
    return file;
}

void saveOrThrow(bool saved, const std::filesystem::path& path) {
    if (!saved)
        throw std::runtime_error("cannot tag " + path.string() + ": TagLib could not save it");
}

} // namespace

void writeTags(const std::filesystem::path& path, AudioContainer container, const AudioTags& tags) {
    switch (container) {
    case AudioContainer::Mp3: {
        TagLib::MPEG::File file(path.c_str(), false);
        openOrThrow(file, path);
        setProperties(file, tags);
        addId3Cover(*file.ID3v2Tag(true), tags);
        saveOrThrow(file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v4), path);
        return;
    }
    case AudioContainer::Wav: {
        TagLib::RIFF::WAV::File file(path.c_str(), false);
        openOrThrow(file, path);
        setProperties(file, tags);
        addId3Cover(*file.ID3v2Tag(), tags);
        saveOrThrow(file.save(TagLib::RIFF::WAV::File::AllTags, TagLib::File::StripOthers, TagLib::ID3v2::v4), path);
        return;
    }
    case AudioContainer::Flac: {
        TagLib::FLAC::File file(path.c_str(), false);
        openOrThrow(file, path);
        setProperties(file, tags);
        file.removePictures();
        if (!tags.coverPng.empty())
            file.addPicture(flacPicture(tags).release()); // the file owns its pictures
        saveOrThrow(file.save(), path);
        return;
    }
    case AudioContainer::OggVorbis: {
        TagLib::Ogg::Vorbis::File file(path.c_str(), false);
        openOrThrow(file, path);
        setProperties(file, tags);
        addXiphCover(*file.tag(), tags);
        saveOrThrow(file.save(), path);
        return;
    }
    case AudioContainer::Opus: {
        TagLib::Ogg::Opus::File file(path.c_str(), false);
        openOrThrow(file, path);
        setProperties(file, tags);
        addXiphCover(*file.tag(), tags);
        saveOrThrow(file.save(), path);
        return;
    }
    }
}

} // namespace cadenza
