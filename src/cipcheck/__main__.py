from cipcheck.launch import run

run()
