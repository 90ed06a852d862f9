#pragma once

#include "demo/DemoDistrict.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QTemporaryDir>
#include <memory>

// The demonstration district in a temporary file, made as on 16 September 2024.
class DemoWorkspace {
public:
    static QDate today() { return QDate(2024, 9, 16); }

    DemoWorkspace()
    {
        auto created = Workspace::create(path());
        if (!created)
            qFatal("Cannot create the demo workspace: %s", qPrintable(created.error()));
        m_workspace = std::move(created.value());
        if (Status status = DemoDistrict::populate(*m_workspace, today()); !status)
            qFatal("Cannot fill the demo workspace: %s", qPrintable(status.error()));
    }

    Workspace &workspace() { return *m_workspace; }
    QString path() const { return m_dir.filePath(QStringLiteral("demo.tuntas")); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};
