#pragma once

#include "app/DemoBackend.h"

namespace ws::demo {

// The GUI's --demo server: the devserver library in-process, in its demo configuration.
std::unique_ptr<ui::DemoBackend> makeDevServerDemoBackend(const Clock& clock);

} // namespace ws::demo
