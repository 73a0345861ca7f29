// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A thin RAII layer over SQLite's C API; sqlite3.h stays inside Sqlite.cpp. A connection
// belongs to one thread at a time.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace cadenza {

class SqliteStatement;

class SqliteConnection {
  public:
    // Opens or creates the database; throws std::runtime_error with SQLite's reason.
    explicit SqliteConnection(const std::filesystem::path& file);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    SqliteStatement prepare(std::string_view sql) const;
    std::int64_t lastInsertId() const;
    int changes() const;

  private:
    friend class SqliteStatement;
    sqlite3* db_ = nullptr;
};

class SqliteStatement {
  public:
    SqliteStatement(SqliteStatement&&) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    ~SqliteStatement();

    // Parameters are numbered from 1, as in SQL's ?1, ?2.
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, std::string_view value);
    SqliteStatement& bind(int index, std::nullopt_t);
    template <typename T> SqliteStatement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }
    SqliteStatement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    SqliteStatement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    SqliteStatement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }

    // Advances to the next row: true while there is one. Throws on errors.
    bool step();
    // Runs a statement that returns no rows.
    void run();

    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;

  private:
    friend class SqliteConnection;
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement) : db_(db), statement_(statement) {}
    sqlite3* db_;
    sqlite3_stmt* statement_;
};

// BEGIN IMMEDIATE on construction (the write lock is taken at once, so two writers never
// deadlock upgrading their locks); ROLLBACK on destruction unless commit() was called.
class WriteTransaction {
  public:
    explicit WriteTransaction(SqliteConnection& connection);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

  private:
    SqliteConnection& connection_;
    bool done_ = false;
};

} // namespace cadenza
