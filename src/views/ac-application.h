/* ac-application.h — the Aftercare application
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define AC_TYPE_APPLICATION (ac_application_get_type ())

G_DECLARE_FINAL_TYPE (AcApplication, ac_application, AC, APPLICATION, AdwApplication)

AcApplication *ac_application_new (void);

G_END_DECLS
