// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/Sqlite.h"

#include <sqlite3.h>

#include <stdexcept>

namespace cadenza {
namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
    throw std::runtime_error("project database: " + std::string(what) + ": " +
                             (db ? sqlite3_errmsg(db) : "out of memory"));
}

} // namespace

SqliteConnection::SqliteConnection(const std::filesystem::path& file) {
    if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        const std::string reason = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        throw std::runtime_error("cannot open the project database " + file.string() + ": " + reason);
    }
    // Another process (the GUI, another CLI run) may hold the write lock for a moment.
    sqlite3_busy_timeout(db_, 5000);
}

SqliteConnection::~SqliteConnection() {
    sqlite3_close_v2(db_);
}

void SqliteConnection::exec(std::string_view sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw std::runtime_error("project database: " + message);
    }
}

SqliteStatement SqliteConnection::prepare(std::string_view sql) const {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK)
        fail(db_, "cannot prepare '" + std::string(sql.substr(0, 60)) + "'");
    return {db_, statement};
}

std::int64_t SqliteConnection::lastInsertId() const {
    return sqlite3_last_insert_rowid(db_);
}
int SqliteConnection::changes() const {
    return sqlite3_changes(db_);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept : db_(other.db_), statement_(other.statement_) {
    other.statement_ = nullptr;
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(statement_);
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(statement_, index, value) != SQLITE_OK)
        fail(db_, "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    if (sqlite3_bind_double(statement_, index, value) != SQLITE_OK)
        fail(db_, "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view value) {
    if (sqlite3_bind_text(statement_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        fail(db_, "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::nullopt_t) {
    if (sqlite3_bind_null(statement_, index) != SQLITE_OK)
        fail(db_, "bind");
    return *this;
}

bool SqliteStatement::step() {
    const int status = sqlite3_step(statement_);
    if (status == SQLITE_ROW)
        return true;
    if (status == SQLITE_DONE)
        return false;
    fail(db_, "step");
}

void SqliteStatement::run() {
    while (step()) {
    }
}

std::int64_t SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(statement_, column);
}
double SqliteStatement::real(int column) const {
    return sqlite3_column_double(statement_, column);
}
bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::string SqliteStatement::text(int column) const {
    const auto* bytes = sqlite3_column_text(statement_, column);
    return bytes ? std::string(reinterpret_cast<const char*>(bytes),
                               static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
                 : std::string();
}

WriteTransaction::WriteTransaction(SqliteConnection& connection) : connection_(connection) {
    connection_.exec("BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction() {
    if (!done_) {
        try {
            connection_.exec("ROLLBACK");
        } catch (...) { // nothing more to do: SQLite rolls back by itself on close
        }
    }
}

void WriteTransaction::commit() {
    connection_.exec("COMMIT");
    done_ = true;
}

} // namespace cadenza
