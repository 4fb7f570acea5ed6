{"run":"size=paper seed=20261122 seeds=5 products=blas"}
{"address":"VYS-Fig1b/d=100 width=100/seed 0","bits":["3fcc8d9a945bef1e","0"]}
{"address":"VYS-Fig1b/d=100 width=100/seed 1","bits":["3fcce233e67ed0b0","0"]}
{"address":"VYS-Fig1b/d=100 width=100/seed 2","bits":["3fca639e84451355","0"]}
{"address":"VYS-Fig1b/d=100 width=100/seed 3","bits":["3fcfe3c527644198","0"]}
{"address":"VYS-Fig1b/d=100 width=100/seed 4","bits":["3fce38e55ed60735","0"]}
{"address":"VYS-Fig1b/d=100 width=1000/seed 0","bits":["3fd0713c7d5495c7","0"]}
{"address":"VYS-Fig1b/d=100 width=1000/seed 1","bits":["3fce3e5284949070","0"]}
{"address":"VYS-Fig1b/d=100 width=1000/seed 2","bits":["3fcee6da946eb960","0"]}
{"address":"VYS-Fig1b/d=100 width=1000/seed 3","bits":["3fccabb4944deac0","0"]}
{"address":"VYS-Fig1b/d=100 width=1000/seed 4","bits":["3fd14f31c005df40","0"]}
{"address":"VYS-Fig1b/d=100 width=8000/seed 0","bits":["3fd028313d3264f2","0"]}
{"address":"VYS-Fig1b/d=100 width=8000/seed 1","bits":["3fccd6c989a4ac83","0"]}
{"address":"VYS-Fig1b/d=100 width=8000/seed 2","bits":["3fcbd9f1bf140b96","0"]}
{"address":"VYS-Fig1b/d=100 width=8000/seed 3","bits":["3fcd6ea24cfb3e20","0"]}
{"address":"VYS-Fig1b/d=100 width=8000/seed 4","bits":["3fce0762636566fd","0"]}
