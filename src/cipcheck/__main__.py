import sys

from cipcheck.launch import main, run

if vars(sys.modules["__main__"]) is globals():  # python -m cipcheck: the program itself
    run()
else:  # executed by other code (runpy.run_module), which goes on after the command
    main()
