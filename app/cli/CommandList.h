#pragma once

#include "Command.h"

#include <memory>
#include <vector>

// Every subcommand tuntas-cli knows, in the order its help lists them.
class CommandList {
public:
    static std::vector<std::unique_ptr<Command>> create();
};
