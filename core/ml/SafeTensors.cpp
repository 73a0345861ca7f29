// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/SafeTensors.h"

#include <nlohmann/json.hpp>

#include <array>
#include <bit>
#include <cstdint>
#include <fstream>
#include <limits>
#include <memory>
#include <stdexcept>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace cadenza {
namespace {

static_assert(std::endian::native == std::endian::little, "safetensors data is little-endian");

struct DType {
    const char* name;
    torch::ScalarType type;
    std::size_t bytes;
};

constexpr std::array<DType, 10> kTypes = {{{"F32", torch::kFloat32, 4},
                                           {"F16", torch::kFloat16, 2},
                                           {"BF16", torch::kBFloat16, 2},
                                           {"F64", torch::kFloat64, 8},
                                           {"I64", torch::kInt64, 8},
                                           {"I32", torch::kInt32, 4},
                                           {"I16", torch::kInt16, 2},
                                           {"I8", torch::kInt8, 1},
                                           {"U8", torch::kUInt8, 1},
                                           {"BOOL", torch::kBool, 1}}};

const DType& typeNamed(const std::string& name, const std::string& tensor) {
    for (const auto& t : kTypes)
        if (name == t.name)
            return t;
    throw std::runtime_error("tensor '" + tensor + "' has the unsupported dtype " + name);
}

const DType& typeOf(torch::ScalarType type, const std::string& tensor) {
    for (const auto& t : kTypes)
        if (t.type == type)
            return t;
    throw std::runtime_error("tensor '" + tensor + "' has a dtype safetensors cannot hold");
}

constexpr std::uint64_t kLargestHeader = 100u << 20; // 100 MB, as the reference implementation

// A file mapped into memory, copy-on-write: its tensors are views of it, so reading a
// checkpoint costs no copy of its own, and pages are read from disk only as they are used.
class Mapping {
  public:
    Mapping(const std::filesystem::path& path, std::uint64_t size) : size_(size) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            throw std::runtime_error(path.string() + ": cannot be opened");
        void* address = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
        ::close(fd); // the mapping keeps the file
        if (address == MAP_FAILED)
            throw std::runtime_error(path.string() + ": cannot be mapped into memory");
        data_ = static_cast<char*>(address);
    }
    ~Mapping() { ::munmap(data_, size_); }
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;

    char* data() const { return data_; }

    // Gives back the whole pages inside [begin, begin + bytes): a tensor read from them is
    // gone, and they would otherwise stay resident until the whole file is unmapped.
    void release(const char* begin, std::uint64_t bytes) const {
        const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
        const auto from = (reinterpret_cast<std::uintptr_t>(begin) + page - 1) / page * page;
        const auto to = (reinterpret_cast<std::uintptr_t>(begin) + bytes) / page * page;
        if (to > from)
            ::madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
    }

  private:
    char* data_ = nullptr;
    std::uint64_t size_;
};

} // namespace

SafeTensorsFile readSafeTensors(const std::filesystem::path& path) {
    const auto fail = [&](const std::string& why) { return std::runtime_error(path.string() + ": " + why); };
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw fail("cannot be opened");
    const std::uint64_t fileSize = std::filesystem::file_size(path);
    std::uint64_t headerSize = 0;
    if (!in.read(reinterpret_cast<char*>(&headerSize), sizeof headerSize))
        throw fail("is too short to be a safetensors file");
    if (headerSize > kLargestHeader || headerSize > fileSize - sizeof headerSize)
        throw fail("is not a safetensors file (its header length is " + std::to_string(headerSize) + " bytes)");
    std::string headerText(headerSize, '\0');
    in.read(headerText.data(), static_cast<std::streamsize>(headerSize));
    nlohmann::json header;
    try {
        header = nlohmann::json::parse(headerText);
    } catch (const nlohmann::json::exception&) {
        throw fail("has a header that is not JSON");
    }
    if (!header.is_object())
        throw fail("has a header that is not a JSON object");
    const std::uint64_t dataStart = sizeof headerSize + headerSize;
    const std::uint64_t dataSize = fileSize - dataStart;
    const auto mapping = dataSize > 0 ? std::make_shared<const Mapping>(path, fileSize) : nullptr;

    SafeTensorsFile out;
    for (const auto& [name, entry] : header.items()) {
        if (name == "__metadata__") {
            for (const auto& [key, value] : entry.items())
                if (value.is_string())
                    out.metadata[key] = value.get<std::string>();
            continue;
        }
        const auto where = [&](const std::string& why) { return fail("tensor '" + name + "' " + why); };
        if (!entry.is_object() || !entry.contains("dtype") || !entry.contains("shape") ||
            !entry.contains("data_offsets"))
            throw where("lacks its dtype, shape or data_offsets");
        const DType& type = typeNamed(entry["dtype"].get<std::string>(), name);
        std::vector<std::int64_t> shape;
        std::uint64_t elements = 1;
        for (const auto& d : entry["shape"]) {
            const auto extent = d.get<std::int64_t>();
            if (extent < 0 || (extent > 0 && elements > std::numeric_limits<std::uint64_t>::max() / 16 /
                                                            static_cast<std::uint64_t>(extent)))
                throw where("has an impossible shape");
            elements *= static_cast<std::uint64_t>(extent);
            shape.push_back(extent);
        }
        const auto begin = entry["data_offsets"].at(0).get<std::uint64_t>();
        const auto end = entry["data_offsets"].at(1).get<std::uint64_t>();
        if (begin > end || end > dataSize)
            throw where("lies outside the file (bytes " + std::to_string(begin) + " to " + std::to_string(end) +
                        " of " + std::to_string(dataSize) + ")");
        if (end - begin != elements * type.bytes)
            throw where("holds " + std::to_string(end - begin) + " bytes, but its shape needs " +
                        std::to_string(elements * type.bytes));
        if (elements == 0) {
            out.tensors.emplace(name, torch::empty(shape, torch::TensorOptions().dtype(type.type)));
            continue;
        }
        // A view of the mapping, which lives as long as any tensor made from it; the view's
        // own pages go back when it goes.
        char* start = mapping->data() + dataStart + begin;
        const std::uint64_t bytes = end - begin;
        out.tensors.emplace(name, torch::from_blob(
                                      start, shape, [mapping, start, bytes](void*) { mapping->release(start, bytes); },
                                      torch::TensorOptions().dtype(type.type)));
    }
    return out;
}

void writeSafeTensors(const std::filesystem::path& path, const std::map<std::string, torch::Tensor>& tensors,
                      const std::map<std::string, std::string>& metadata) {
    nlohmann::json header = nlohmann::json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::vector<torch::Tensor> contiguous;
    std::uint64_t offset = 0;
    for (const auto& [name, tensor] : tensors) {
        const auto cpu = tensor.detach().to(torch::kCPU).contiguous();
        const DType& type = typeOf(cpu.scalar_type(), name);
        const auto bytes = static_cast<std::uint64_t>(cpu.numel()) * type.bytes;
        header[name] = {{"dtype", type.name}, {"shape", cpu.sizes().vec()}, {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
        contiguous.push_back(cpu);
    }
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' '); // the data starts 8-byte aligned
    const auto temporary = std::filesystem::path(path.string() + ".part");
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        const std::uint64_t size = text.size();
        out.write(reinterpret_cast<const char*>(&size), sizeof size);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        for (const auto& t : contiguous)
            out.write(static_cast<const char*>(t.data_ptr()),
                      static_cast<std::streamsize>(static_cast<std::size_t>(t.numel()) * t.element_size()));
        out.flush();
        if (!out)
            throw std::runtime_error(path.string() + ": could not be written");
    }
    std::filesystem::rename(temporary, path);
}

} // namespace cadenza
