#pragma once

#include "Result.h"
#include "documents/SignatureBlock.h"
#include "domain/TeamRole.h"

class Workspace;

// The signature block of a cycle's team member in a role (the Ketua Tim AKS, the Pengarah):
// name with titles, rank/grade and NIP from the person. When the team has nobody in that role the
// block keeps a dotted line for the name, to be written by hand.
class TeamSignature {
public:
    static Result<SignatureBlock> of(Workspace &workspace, qint64 cycleId, TeamRole role, const QString &office,
                                     const QString &placeAndDate = {});
};
