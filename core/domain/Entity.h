#pragma once

#include <QDateTime>
#include <QString>

// What every stored row carries: the local key, a UUID that stays the same when data moves
// between laptops, and when it was created and last changed (UTC).
struct Entity {
    qint64 id = 0;  // 0 until stored
    QString uuid;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isStored() const { return id != 0; }
    bool operator==(const Entity &) const = default;
};
