#ifndef APG_CCMARK_SHIM_H
#define APG_CCMARK_SHIM_H
#include <cmark.h>
#include <stdlib.h>
#endif
