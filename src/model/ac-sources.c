/* ac-sources.c — where each source GUIDANCE.md names can be read
 *
 * Copyright 2026 The Aftercare developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ac-sources.h"

/* The sources of GUIDANCE.md ("Sources"), as the advice and the tips cite
 * them. A paper whose DOI was checked links to it; the others to PubMed's
 * search for the citation GUIDANCE.md gives (journal, volume, first page),
 * which goes straight to the paper; an organisation's page to that page. */
static const struct {
  const char *source;
  const char *uri;
} sources[] = {
  { "Cambron et al. 2007", "https://doi.org/10.1089/acm.2006.6401" },
  { "Carnes et al. 2010", "https://pubmed.ncbi.nlm.nih.gov/?term=Carnes+2010+Man+Ther+15+355" },
  { "Cherkin et al. 2011", "https://pubmed.ncbi.nlm.nih.gov/?term=Cherkin+2011+Ann+Intern+Med+155+1" },
  { "Cleveland Clinic 2024", "https://health.clevelandclinic.org/why-does-my-body-feel-worse-after-a-massage/" },
  { "Ernst 2003", "https://pubmed.ncbi.nlm.nih.gov/?term=Ernst+2003+Rheumatology+42+1101" },
  { "Farrar et al. 2001", "https://pubmed.ncbi.nlm.nih.gov/?term=Farrar+2001+Pain+94+149" },
  { "Gabbett 2016", "https://pubmed.ncbi.nlm.nih.gov/?term=Gabbett+2016+Br+J+Sports+Med+50+273" },
  { "Hooper & Mackinnon 1995", "https://pubmed.ncbi.nlm.nih.gov/?term=Hooper+Mackinnon+1995+Sports+Med+20+321" },
  { "Mayo Clinic", "https://www.mayoclinic.org/healthy-lifestyle/stress-management/in-depth/massage/art-20045743" },
  { "Moyer et al. 2004", "https://pubmed.ncbi.nlm.nih.gov/?term=Moyer+2004+Psychol+Bull+130+3" },
  { "NCCIH", "https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know" },
  { "NHS: back pain", "https://www.nhs.uk/conditions/back-pain/" },
  { "NHS: deep vein thrombosis", "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/" },
  { "NHS: sprains and strains", "https://www.nhs.uk/conditions/sprains-and-strains/" },
  { "NHS: water", "https://www.nhs.uk/live-well/eat-well/food-guidelines-and-food-labels/water-drinks-nutrition/" },
  { "Nosaka et al. 2005", "https://pubmed.ncbi.nlm.nih.gov/?term=Nosaka+2005+Can+J+Appl+Physiol+30+529" },
  { "Palos et al. 2006", "https://pubmed.ncbi.nlm.nih.gov/?term=Palos+2006+J+Pain+7+49" },
  { "Perlman et al. 2012", "https://doi.org/10.1371/journal.pone.0030248" },
  { "Sherman et al. 2014", "https://pubmed.ncbi.nlm.nih.gov/?term=Sherman+2014+Ann+Fam+Med+12+112" },
  { "Yin et al. 2014", "https://doi.org/10.1155/2014/480956" },
};

/**
 * ac_source_get_uri:
 * @source: a source as the advice and tips cite it, "Yin et al. 2014"
 *
 * Returns: (nullable): the address where @source can be read, for a
 *   browser; %NULL for a source GUIDANCE.md does not name
 */
const char *
ac_source_get_uri (const char *source)
{
  g_return_val_if_fail (source != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (strcmp (sources[i].source, source) == 0)
      return sources[i].uri;

  return NULL;
}
