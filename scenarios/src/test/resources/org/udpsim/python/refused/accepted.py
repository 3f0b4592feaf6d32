# What the board's MicroPython (v1.12-649) accepts, though a later Python brought it: := and variable annotations
# (merged upstream in June 2020), async/await, nonlocal, keyword-only parameters, set and dict comprehensions.
# The board's console, line for line:
#> 5 [1, 4, 9]
#> 2 {1, 4} {1: 1}
#> 3 ok
count: int = 0
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
def squares(*, upto):
    return [i * i for i in range(1, upto)]
if (n := len('hello')) > 3:
    print(n, squares(upto=4))
b = counter()
b()
print(b(), {i * i for i in (1, 2, -1)}, {i: i for i in (1,)})
async def task():
    return 3
try:
    task().send(None)
except StopIteration as e:
    print(e.value, 'ok')
