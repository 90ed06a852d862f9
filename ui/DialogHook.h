#pragma once

#include <functional>

// Shows a dialog modally, or hands it to the hook a test installed instead.
template <typename Dialog>
void execOrHook(Dialog &dialog, const std::function<void(Dialog &)> &hook)
{
    if (hook)
        hook(dialog);
    else
        dialog.exec();
}
