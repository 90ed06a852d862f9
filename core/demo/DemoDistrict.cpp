#include "demo/DemoDistrict.h"

#include "demo/DemoBuilder.h"
#include "storage/Workspace.h"

Status DemoDistrict::populate(Workspace &workspace, const QDate &today)
{
    return workspace.write([&]() -> Status {
        DemoBuilder builder(workspace, today);
        return builder.build();
    });
}
