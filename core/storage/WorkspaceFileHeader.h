#pragma once

#include <QString>

// What the first 100 bytes of a file say, read without opening it as a database, so that a file
// that is not ours is never touched.
struct WorkspaceFileHeader {
    bool isSqlite = false;
    quint32 userVersion = 0;    // schema version of a Tuntas workspace
    quint32 applicationId = 0;  // PRAGMA application_id

    static WorkspaceFileHeader read(const QString &path);
};
