{"run":"size=paper seed=20261122 seeds=5 products=blas"}
{"address":"VYS-Fig1a/d=100 alpha=0.5/seed 0","bits":["3fe03300f9bd7150","3ff0000000000000","3fed3f09a2e94de3","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=0.5/seed 1","bits":["3fdd0225c31f43e8","3ff0000000000000","3fecfe75f5ab5d96","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=0.5/seed 2","bits":["3fdd7a2a7fbcddf5","3ff0000000000000","3fed3c269002f4e6","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=0.5/seed 3","bits":["3fd870fd21081fa3","3ff0000000000000","3fed1c2ebce41192","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=0.5/seed 4","bits":["3fdd1a1449c68f13","3ff0000000000000","3fed3241bed53616","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=0.8/seed 0","bits":["3fd43a894c57a1ba","3fef333333333333","3feb030f244e52b6","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=0.8/seed 1","bits":["3fd397a041adcdfa","3fef333333333333","3feadae0f1387bf1","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=0.8/seed 2","bits":["3fd245e55b7a5112","3ff0000000000000","3fead258b9faa982","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=0.8/seed 3","bits":["3fd52a079a4d2fca","3ff0000000000000","3feaacf8c8d0544a","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=0.8/seed 4","bits":["3fd46ea6c9de63e6","3ff0000000000000","3feac8b47294db30","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=1.0/seed 0","bits":["3fcd8e044337b6b5","3ff0000000000000","3fe8356dd0521ace","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=1.0/seed 1","bits":["3fcc55cfbffd019d","3ff0000000000000","3fe87b3d928898e8","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=1.0/seed 2","bits":["3fcea10a943ae476","3fef0a3d70a3d70a","3fe8856915636369","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=1.0/seed 3","bits":["3fccfbb19ab03305","3fedc28f5c28f5c3","3fe88715221e378c","3ff0000000000000","0"]}
{"address":"VYS-Fig1a/d=100 alpha=1.0/seed 4","bits":["3fcc67d9ee297dfa","3fef0a3d70a3d70a","3fe8778e3d9229c6","3ff0000000000000","0"]}
