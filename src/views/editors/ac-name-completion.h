/* ac-name-completion.h — names offered under an entry row as the user types
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define AC_TYPE_NAME_COMPLETION (ac_name_completion_get_type ())

G_DECLARE_FINAL_TYPE (AcNameCompletion, ac_name_completion, AC, NAME_COMPLETION, GObject)

AcNameCompletion *ac_name_completion_new         (AdwEntryRow        *row,
                                                  const char         *list_name);
void              ac_name_completion_set_names   (AcNameCompletion   *self,
                                                  const char * const *names);
void              ac_name_completion_choose      (AcNameCompletion   *self,
                                                  const char         *name);
void              ac_name_completion_detach      (AcNameCompletion   *self);

G_END_DECLS
