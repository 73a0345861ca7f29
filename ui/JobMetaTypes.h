// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The job types that travel through Qt signals as themselves.

#include "project/JobRecord.h"

#include <QMetaType>

Q_DECLARE_METATYPE(cadenza::JobStatus)
Q_DECLARE_METATYPE(cadenza::JobKind)
