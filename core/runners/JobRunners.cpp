// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/JobRunners.h"

#include "engines/Engines.h"
#include "engines/MlPlugin.h"
#include "runners/AnalyzeJob.h"
#include "runners/EditJob.h"
#include "runners/ExportJob.h"
#include "runners/GenerateJob.h"
#include "runners/ImportJob.h"
#include "runners/RearrangeJob.h"
#include "runners/RemixJob.h"
#include "runners/SeparateJob.h"
#include "runners/TranscribeJob.h"
#include "runners/VideoJob.h"

namespace cadenza {

JobRunners jobRunners(const RunnerServices& services) {
    return {
        {JobKind::Generate,
         generateJobRunner(services.catalog, services.engines, services.userModels, services.allowCuda)},
        {JobKind::Import, importJobRunner()},
        {JobKind::Analyze,
         analyzeJobRunner(MlPlugin::instance().moodEnricher(services.userModels, services.allowCuda))},
        {JobKind::Remix, remixJobRunner(services.catalog)},
        {JobKind::Separate, separateJobRunner(services.userModels, services.allowCuda)},
        {JobKind::Rearrange,
         rearrangeJobRunner(services.catalog, services.engines.symbolic(), services.userModels, services.allowCuda)},
        {JobKind::Edit, editJobRunner(services.catalog, services.engines.symbolic())},
        {JobKind::Export, exportJobRunner(services.visuals.paintCover)},
        {JobKind::Video, videoJobRunner(services.visuals.renderVideo)},
        {JobKind::Transcribe, transcribeJobRunner(services.userModels, services.allowCuda)},
    };
}

} // namespace cadenza
