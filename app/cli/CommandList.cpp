#include "CommandList.h"

std::vector<std::unique_ptr<Command>> CommandList::create()
{
    std::vector<std::unique_ptr<Command>> commands;
    return commands;
}
