/* ac-bench.h — timing a widget's drawing, for the benchmarks
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Milliseconds, each a median and a 90th percentile. */
typedef struct
{
  double snapshot, snapshot_90;  /* snapshot(): making the render nodes */
  double render, render_90;      /* the renderer drawing them into pixels */
  double draw, draw_90;          /* the two together */
} AcBenchDraw;

double       ac_bench_now_ms         (void);
double       ac_bench_percentile     (GArray      *values,
                                      guint        percent);
void         ac_bench_measure_draw   (GtkWidget   *widget,
                                      guint        n_frames,
                                      AcBenchDraw *times);
void         ac_bench_print_draw     (const AcBenchDraw *times);

G_END_DECLS
