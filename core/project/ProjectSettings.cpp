// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectDatabase.h"

namespace cadenza {

std::optional<std::string> ProjectDatabase::setting(const std::string& key) const {
    auto row = db_.prepare("SELECT value FROM settings WHERE key = ?1");
    row.bind(1, key);
    return row.step() ? std::optional<std::string>(row.text(0)) : std::nullopt;
}

void ProjectDatabase::setSetting(const std::string& key, const std::string& value) {
    WriteTransaction transaction(db_);
    db_.prepare(
           "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
    transaction.commit();
}

std::int64_t ProjectDatabase::newTakeGroup() {
    WriteTransaction transaction(db_);
    auto last = db_.prepare("SELECT value FROM settings WHERE key = 'takes.last_group'");
    const std::int64_t group = (last.step() ? std::stoll(last.text(0)) : 0) + 1;
    db_.prepare("INSERT INTO settings (key, value) VALUES ('takes.last_group', ?1) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, std::to_string(group))
        .run();
    transaction.commit();
    return group;
}

} // namespace cadenza
