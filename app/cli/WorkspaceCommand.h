#pragma once

#include "Command.h"
#include "storage/Workspace.h"

// A subcommand that works on an existing workspace named by its first argument.
class WorkspaceCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommand)
protected:
    void configure(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
    virtual int run(Workspace &workspace, const QCommandLineParser &parser) = 0;
    // A command that only reads opens the file read-only: it works on read-only files and
    // never migrates or changes the file.
    virtual bool readsOnly() const { return false; }
};
