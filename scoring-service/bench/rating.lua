-- POSTs the 20-point plan of seed 004 (with its stress tests, findings and assumptions in the answer).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"title":"20-point plan (seed 004)","year":2026,"protectedState":"UA","potentialAggressor":"RU",
"aggressorIsGuarantor":false,"aggressorCanVeto":false,"ceasefire":true,"monitoring":"OBSERVERS","separation":"NONE",
"alliance":"FREE","economicIntegration":"ACCESSION_TIMETABLE","territory":"OPEN",
"instruments":[{"name":"Article 5-like guarantees (point 5)","legalForm":"SIGNED_AGREEMENT",
"commitment":"COLLECTIVE_DEFENCE","trigger":"CONSTITUTIONAL_PROCESS","guarantors":["US","GB","FR","DE","PL"],
"support":["INTELLIGENCE","AIR_DEFENCE","ARMS_AND_FINANCE"]}],"foreignForces":{"presence":"NONE"},
"forceLimits":{"limit":"PERSONNEL_CEILING","personnelCeiling":800000},
"aggressorCommitments":{"nonAggressionLaw":true,"armsControl":false}}]]

