// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/TorchCheckpoint.h"

#include "ml/ModelRegistry.h"

#include <caffe2/serialize/inline_container.h>

#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace cadenza {

namespace {

// The storage classes torch.save names, and the element type each holds.
const std::map<std::string, c10::ScalarType>& storageTypes() {
    static const std::map<std::string, c10::ScalarType> types = {
        {"torch.HalfStorage", c10::kHalf},     {"torch.FloatStorage", c10::kFloat},
        {"torch.DoubleStorage", c10::kDouble}, {"torch.BFloat16Storage", c10::kBFloat16},
        {"torch.LongStorage", c10::kLong},     {"torch.IntStorage", c10::kInt},
        {"torch.ShortStorage", c10::kShort},   {"torch.CharStorage", c10::kChar},
        {"torch.ByteStorage", c10::kByte},     {"torch.BoolStorage", c10::kBool},
    };
    return types;
}

// What the unpickler's stack holds: a value, a global's name (callable only if it is one of
// the few this reader implements), or a mark.
struct Item {
    enum class Kind { Value, Global, Mark } kind = Kind::Value;
    nlohmann::json value;
    std::string global; // "module.name"

    // As a plain value inside a container: a global becomes its name.
    nlohmann::json asValue() const { return kind == Kind::Global ? nlohmann::json{{"global", global}} : value; }
};

// Where a tensor storage's values come from: given its key, element type and count, a
// tensor of that many elements (filled now from a zip archive's record, or later from a
// legacy file's tail).
using StorageSource = std::function<torch::Tensor(const std::string& key, c10::ScalarType type, std::int64_t count)>;

class Unpickler {
  public:
    // Reads one pickle of `bytes` from `position` on.
    Unpickler(std::string_view bytes, std::size_t position, StorageSource storages, std::string source)
        : bytes_(bytes), position_(position), storageSource_(std::move(storages)), source_(std::move(source)) {}

    PickledValue run() {
        for (;;) {
            const auto opcode = static_cast<unsigned char>(take(1)[0]);
            if (opcode == '.')
                break;
            step(opcode);
        }
        if (stack_.size() != 1)
            fail("ends with " + std::to_string(stack_.size()) + " values on its stack");
        return {stack_.back().asValue(), std::move(tensors_)};
    }

    // Where the pickle ended (after run()).
    std::size_t position() const { return position_; }

  private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error(source_ + ": the checkpoint's pickle " + what);
    }

    std::string_view take(std::size_t n) {
        if (n > bytes_.size() - position_)
            fail("is cut short");
        const std::string_view out(bytes_.data() + position_, n);
        position_ += n;
        return out;
    }
    template <typename T> T little() {
        T out{};
        std::memcpy(&out, take(sizeof(T)).data(), sizeof(T));
        return out; // x86-64 and ARM64 are little-endian, as pickle's binary integers are
    }
    std::string line() {
        const auto end = bytes_.find('\n', position_);
        if (end == std::string_view::npos)
            fail("is cut short");
        std::string out(bytes_.substr(position_, end - position_));
        position_ = end + 1;
        return out;
    }

    void push(nlohmann::json value) { stack_.push_back({Item::Kind::Value, std::move(value), {}}); }
    void pushBytes(std::string_view bytes) {
        push(nlohmann::json::binary(std::vector<std::uint8_t>(bytes.begin(), bytes.end())));
    }
    Item pop() {
        if (stack_.empty())
            fail("pops an empty stack");
        Item out = std::move(stack_.back());
        stack_.pop_back();
        return out;
    }
    Item& top() {
        if (stack_.empty())
            fail("reads an empty stack");
        return stack_.back();
    }
    // Everything above the last mark, which is removed.
    std::vector<Item> popToMark() {
        std::size_t mark = stack_.size();
        while (mark > 0 && stack_[mark - 1].kind != Item::Kind::Mark)
            --mark;
        if (mark == 0)
            fail("has no mark where one is needed");
        std::vector<Item> out(std::make_move_iterator(stack_.begin() + static_cast<std::ptrdiff_t>(mark)),
                              std::make_move_iterator(stack_.end()));
        stack_.resize(mark - 1);
        return out;
    }
    static nlohmann::json array(const std::vector<Item>& items) {
        auto out = nlohmann::json::array();
        for (const auto& item : items)
            out.push_back(item.asValue());
        return out;
    }
    void setItems(Item& dict, const std::vector<Item>& items) {
        if (!dict.value.is_object() || items.size() % 2 != 0)
            fail("sets items on something that is not a dict");
        for (std::size_t i = 0; i < items.size(); i += 2) {
            const auto key = items[i].asValue();
            dict.value[key.is_string() ? key.get<std::string>() : key.dump()] = items[i + 1].asValue();
        }
    }
    void memoize(std::uint32_t index) { memo_[index] = top(); }
    void recall(std::uint32_t index) {
        const auto found = memo_.find(index);
        if (found == memo_.end())
            fail("recalls a value it never stored");
        stack_.push_back(found->second);
    }

    // A tensor's storage, by its persistent id ('storage', class, key, location, numel), to
    // which the legacy format adds a view's place in a larger storage (always None since
    // PyTorch 0.4).
    nlohmann::json persistentLoad(const nlohmann::json& id) {
        if (!id.is_array() || id.size() < 5 || id[0] != "storage" || !id[1].is_object() || !id[2].is_string() ||
            !id[4].is_number_integer() || (id.size() > 5 && !id[5].is_null()))
            fail("names a persistent object that is not a tensor storage");
        const auto key = id[2].get<std::string>();
        if (!storages_.count(key)) {
            const auto type = storageTypes().find(id[1].value("global", std::string()));
            if (type == storageTypes().end())
                fail("names an unknown storage type " + id[1].dump());
            const auto count = id[4].get<std::int64_t>();
            if (count < 0)
                fail("gives the storage " + key + " a negative size");
            storages_[key] = storageSource_(key, type->second, count);
        }
        return {{"storage", key}};
    }

    // _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks[, metadata]).
    nlohmann::json rebuildTensor(const nlohmann::json& args) {
        if (!args.is_array() || args.size() < 4 || !args[0].is_object() || !args[0].contains("storage"))
            fail("rebuilds a tensor from arguments that are not a storage and its layout");
        const auto& storage = storages_.at(args[0]["storage"].get<std::string>());
        const auto offset = args[1].get<std::int64_t>();
        const auto size = args[2].get<std::vector<std::int64_t>>();
        const auto stride = args[3].get<std::vector<std::int64_t>>();
        if (size.size() != stride.size())
            fail("gives a tensor a size and strides of different ranks");
        std::int64_t last = offset; // the furthest element the view reaches
        for (std::size_t i = 0; i < size.size(); ++i) {
            if (size[i] < 0 || stride[i] < 0)
                fail("gives a tensor a negative size or stride");
            if (size[i] == 0)
                last = -1;
            else if (last >= 0)
                last += (size[i] - 1) * stride[i];
        }
        if (offset < 0 || last >= storage.numel())
            fail("lays a tensor out beyond its storage");
        const auto key = std::to_string(tensors_.size());
        tensors_[key] = storage.as_strided(size, stride, offset);
        return {{"tensor", key}};
    }

    // REDUCE: only the callables torch.save's output needs.
    nlohmann::json call(const Item& callable, const nlohmann::json& args) {
        if (callable.kind != Item::Kind::Global)
            fail("calls something that is not a global");
        const auto& name = callable.global;
        if (name == "torch._utils._rebuild_tensor_v2")
            return rebuildTensor(args);
        if (name == "collections.OrderedDict" && args.is_array() && args.empty())
            return nlohmann::json::object();
        if (name == "fractions.Fraction" && args.is_array()) {
            if (args.size() == 1 && args[0].is_string())
                return args[0];
            if (args.size() == 2 && args[0].is_number_integer() && args[1].is_number_integer())
                return std::to_string(args[0].get<std::int64_t>()) + "/" + std::to_string(args[1].get<std::int64_t>());
        }
        fail("calls " + name + ", which this reader does not run");
    }

    void step(unsigned char opcode) {
        switch (opcode) {
        case 0x80:
            take(1);
            break; // PROTO
        case 0x95:
            take(8);
            break; // FRAME
        case '(':
            stack_.push_back({Item::Kind::Mark, {}, {}});
            break;
        case '}':
            push(nlohmann::json::object());
            break;
        case ']':
        case ')':
            push(nlohmann::json::array());
            break;
        case 'N':
            push(nullptr);
            break;
        case 0x88:
            push(true);
            break;
        case 0x89:
            push(false);
            break;
        case 'K':
            push(little<std::uint8_t>());
            break;
        case 'M':
            push(little<std::uint16_t>());
            break;
        case 'J':
            push(little<std::int32_t>());
            break;
        case 0x8a: { // LONG1
            const auto n = little<std::uint8_t>();
            if (n > 8)
                fail("holds an integer wider than 64 bits");
            std::uint64_t bits = 0;
            const auto digits = take(n);
            for (std::size_t i = 0; i < n; ++i)
                bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(digits[i])) << (8 * i);
            if (n > 0 && n < 8 && (static_cast<unsigned char>(digits[n - 1]) & 0x80))
                bits |= ~std::uint64_t{0} << (8 * n); // sign-extend
            push(static_cast<std::int64_t>(bits));
            break;
        }
        case 'G': { // BINFLOAT, big-endian
            std::uint64_t bits = 0;
            for (const char c : take(8))
                bits = (bits << 8) | static_cast<unsigned char>(c);
            double value = 0;
            std::memcpy(&value, &bits, sizeof value);
            push(value);
            break;
        }
        case 'X':
            push(std::string(take(little<std::uint32_t>())));
            break; // BINUNICODE
        case 0x8c:
            push(std::string(take(little<std::uint8_t>())));
            break; // SHORT_BINUNICODE
        case 'T':
            push(std::string(take(little<std::uint32_t>())));
            break; // BINSTRING
        case 'U':
            push(std::string(take(little<std::uint8_t>())));
            break; // SHORT_BINSTRING
        case 'B':
            pushBytes(take(little<std::uint32_t>()));
            break; // BINBYTES
        case 'C':
            pushBytes(take(little<std::uint8_t>()));
            break; // SHORT_BINBYTES
        case 'q':
            memoize(little<std::uint8_t>());
            break;
        case 'r':
            memoize(little<std::uint32_t>());
            break;
        case 0x94:
            memoize(static_cast<std::uint32_t>(memo_.size()));
            break;
        case 'h':
            recall(little<std::uint8_t>());
            break;
        case 'j':
            recall(little<std::uint32_t>());
            break;
        case 'c': { // GLOBAL "module\nname\n"
            auto module = line();
            stack_.push_back({Item::Kind::Global, {}, module + "." + line()});
            break;
        }
        case 0x93: { // STACK_GLOBAL
            const auto name = pop().value, module = pop().value;
            if (!name.is_string() || !module.is_string())
                fail("names a global with something other than strings");
            stack_.push_back({Item::Kind::Global, {}, module.get<std::string>() + "." + name.get<std::string>()});
            break;
        }
        case 't':
            push(array(popToMark()));
            break;
        case 0x85:
        case 0x86:
        case 0x87: { // TUPLE1..3
            std::vector<Item> items(opcode - 0x84);
            for (auto i = items.size(); i-- > 0;)
                items[i] = pop();
            push(array(items));
            break;
        }
        case 'l':
            push(array(popToMark()));
            break;
        case 'a': {
            const auto item = pop();
            auto& list = top();
            if (!list.value.is_array())
                fail("appends to something that is not a list");
            list.value.push_back(item.asValue());
            break;
        }
        case 'e': {
            const auto items = popToMark();
            auto& list = top();
            if (!list.value.is_array())
                fail("appends to something that is not a list");
            for (const auto& item : items)
                list.value.push_back(item.asValue());
            break;
        }
        case 'd': {
            Item dict{Item::Kind::Value, nlohmann::json::object(), {}};
            setItems(dict, popToMark());
            stack_.push_back(std::move(dict));
            break;
        }
        case 's': {
            const auto value = pop(), key = pop();
            setItems(top(), {key, value});
            break;
        }
        case 'u': {
            const auto items = popToMark();
            setItems(top(), items);
            break;
        }
        case 'Q':
            push(persistentLoad(pop().value));
            break; // BINPERSID
        case 'b': {
            // BUILD: a state dict's OrderedDict carries its modules' versions as an attribute
            // (_metadata), which a plain dict does without. Nothing else may be built.
            pop();
            if (top().kind != Item::Kind::Value || !top().value.is_object())
                fail("builds an object, which this reader does not do");
            break;
        }
        case 'R': {
            const auto args = pop().value;
            const auto callable = pop();
            push(call(callable, args));
            break;
        }
        default: {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", opcode);
            fail(std::string("uses the opcode ") + hex + ", which this reader does not accept");
        }
        }
    }

    std::string_view bytes_;
    std::size_t position_ = 0;
    StorageSource storageSource_;
    std::string source_;
    std::vector<Item> stack_;
    std::unordered_map<std::uint32_t, Item> memo_;
    std::map<std::string, torch::Tensor> storages_;
    std::map<std::string, torch::Tensor> tensors_;
};

std::string firstLine(const std::exception& e) {
    const std::string what = e.what(); // c10::Error's message carries a C++ backtrace after it
    return what.substr(0, what.find('\n'));
}

// torch.save's zip archive: the pickle in data.pkl, each storage a record data/<key>.
PickledValue readZipArchive(const std::string& source) {
    std::unique_ptr<caffe2::serialize::PyTorchStreamReader> archive;
    std::string bytes;
    try {
        archive = std::make_unique<caffe2::serialize::PyTorchStreamReader>(source);
        if (!archive->hasRecord("data.pkl"))
            throw std::runtime_error("it has no data.pkl");
        auto [data, size] = archive->getRecord("data.pkl");
        bytes.assign(static_cast<const char*>(data.get()), size);
    } catch (const std::exception& e) {
        throw std::runtime_error(source +
                                 " is not a readable PyTorch archive (torch.save's zip format): " + firstLine(e));
    }
    const auto fromRecord = [&](const std::string& key, c10::ScalarType type, std::int64_t count) {
        const auto record = "data/" + key;
        if (!archive->hasRecord(record))
            throw std::runtime_error(source + ": the checkpoint's pickle names the storage " + key +
                                     ", which the archive lacks");
        auto [data, size] = archive->getRecord(record);
        auto storage = torch::empty({count}, torch::TensorOptions().dtype(type));
        if (size != static_cast<std::size_t>(count) * storage.element_size())
            throw std::runtime_error(source + ": the storage " + key + " holds " + std::to_string(size) +
                                     " bytes for " + std::to_string(count) + " values");
        std::memcpy(storage.data_ptr(), data.get(), size);
        return storage;
    };
    return Unpickler(bytes, 0, fromRecord, source).run();
}

// The legacy format (torch.save before PyTorch 1.6, or with _use_new_zipfile_serialization=
// False): a magic number, the protocol version and system information as three small
// pickles, the object's pickle, the list of storage keys, then each storage in that order as
// its element count (int64) and its raw little-endian values.

PickledValue readLegacyFile(const std::string& bytes, const std::string& source) {
    const auto pickleAt = [&](std::size_t& position, const StorageSource& storages) {
        Unpickler unpickler(bytes, position, storages, source);
        auto value = unpickler.run();
        position = unpickler.position();
        return value;
    };
    const StorageSource none = [&](const std::string&, c10::ScalarType, std::int64_t) -> torch::Tensor {
        throw std::runtime_error(source + ": a storage where none belongs");
    };
    std::size_t position = kLegacyTorchMagic.size();
    if (pickleAt(position, none).value != 1001)
        throw std::runtime_error(source + " is a legacy PyTorch file of a protocol this reader does not know");
    const auto system = pickleAt(position, none).value;
    if (!system.is_object() || !system.value("little_endian", false))
        throw std::runtime_error(source + " was saved on a big-endian machine, which this reader does not support");
    std::map<std::string, torch::Tensor> storages;
    auto object = pickleAt(position, [&](const std::string& key, c10::ScalarType type, std::int64_t count) {
        return storages[key] = torch::empty({count}, torch::TensorOptions().dtype(type));
    });
    const auto keys = pickleAt(position, none).value;
    if (!keys.is_array() || keys.size() != storages.size())
        throw std::runtime_error(source + " is damaged: its storage list does not match its tensors");
    for (const auto& key : keys) {
        const auto found = key.is_string() ? storages.find(key.get<std::string>()) : storages.end();
        std::int64_t count = 0;
        if (found == storages.end() || bytes.size() - position < sizeof count)
            throw std::runtime_error(source + " is damaged or cut short in its storages");
        std::memcpy(&count, bytes.data() + position, sizeof count);
        position += sizeof count;
        auto& storage = found->second;
        const auto size = static_cast<std::size_t>(storage.numel()) * storage.element_size();
        if (count != storage.numel() || bytes.size() - position < size)
            throw std::runtime_error(source + " is damaged or cut short in its storages");
        std::memcpy(storage.data_ptr(), bytes.data() + position, size);
        position += size;
    }
    return object;
}

std::map<std::string, torch::Tensor> tensorsOf(const nlohmann::json& dict, PickledValue& pickled,
                                               const std::string& source) {
    if (!dict.is_object())
        throw std::runtime_error(source + " holds no state dict");
    std::map<std::string, torch::Tensor> out;
    for (const auto& [name, value] : dict.items()) {
        if (!value.is_object() || !value.contains("tensor"))
            throw std::runtime_error(source + ": the state dict's '" + name + "' is not a tensor");
        out[name] = pickled.tensors.at(value["tensor"].get<std::string>());
    }
    return out;
}

} // namespace

PickledValue readTorchPickle(const std::filesystem::path& path) {
    const auto source = path.string();
    try {
        if (!isLegacyTorchFile(path))
            return readZipArchive(source);
        std::ifstream in(path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        return readLegacyFile(bytes, source);
    } catch (const c10::Error& e) {
        throw std::runtime_error(source + " is damaged: " + firstLine(e));
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(source + ": the checkpoint's pickle has a value of an unexpected type (" +
                                 std::string(e.what()) + ")");
    }
}

TorchCheckpoint readTorchCheckpoint(const std::filesystem::path& path) {
    auto pickled = readTorchPickle(path);
    const auto& root = pickled.value;
    const auto source = path.string();
    if (!root.is_object() || !root.contains("klass") || !root.contains("state"))
        throw std::runtime_error(source + " is not a demucs checkpoint (it lacks 'klass' or 'state')");
    TorchCheckpoint out;
    out.klass = root["klass"].value("global", std::string());
    if (root.contains("args") && !root["args"].empty())
        throw std::runtime_error(source + ": the model's positional arguments are not understood");
    out.kwargs = root.value("kwargs", nlohmann::json::object());
    out.state = tensorsOf(root["state"], pickled, source);
    return out;
}

std::map<std::string, torch::Tensor> readTorchStateDict(const std::filesystem::path& path) {
    auto pickled = readTorchPickle(path);
    const auto& root = pickled.value;
    if (root.is_object() && root.contains("state") && root["state"].is_object())
        return tensorsOf(root["state"], pickled, path.string());
    return tensorsOf(root, pickled, path.string());
}

} // namespace cadenza
