#pragma once

#include "storage/Workspace.h"

#include <QTemporaryDir>
#include <memory>

// A fresh workspace file in its own temporary folder, removed after the test.
class TemporaryWorkspace {
public:
    TemporaryWorkspace()
    {
        auto created = Workspace::create(path());
        if (!created)
            qFatal("Cannot create a test workspace: %s", qPrintable(created.error()));
        m_workspace = std::move(created.value());
    }

    Workspace &workspace() { return *m_workspace; }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.tuntas")); }
    void close() { m_workspace.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};
