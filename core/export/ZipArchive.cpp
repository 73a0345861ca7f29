// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ZipArchive.h"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace cadenza {
namespace {

struct ZipDiscarder {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};

std::runtime_error zipError(const std::filesystem::path& archive, zip_error_t* error) {
    return std::runtime_error("cannot write " + archive.string() + ": " + zip_error_strerror(error));
}

} // namespace

void writeZip(const std::filesystem::path& archive, const std::vector<ZipEntry>& entries, const CancelToken& cancel) {
    int code = 0;
    std::unique_ptr<zip_t, ZipDiscarder> zip(zip_open(archive.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code));
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const auto failure = zipError(archive, &error);
        zip_error_fini(&error);
        throw failure;
    }
    for (const auto& entry : entries) {
        cancel.throwIfCancelled();
        zip_source_t* source = zip_source_file(zip.get(), entry.file.c_str(), 0, -1); // -1: to the end of the file
        if (source == nullptr)
            throw zipError(archive, zip_get_error(zip.get()));
        const zip_int64_t index = zip_file_add(zip.get(), entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source); // still ours when adding failed
            throw zipError(archive, zip_get_error(zip.get()));
        }
        zip_set_file_compression(zip.get(), static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    cancel.throwIfCancelled();
    if (zip_close(zip.get()) != 0)
        throw zipError(archive, zip_get_error(zip.get())); // the discarder frees it
    static_cast<void>(zip.release());                      // closed and freed by zip_close
}

} // namespace cadenza
