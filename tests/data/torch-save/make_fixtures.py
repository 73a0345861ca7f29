# Makes the torch.save fixtures of test_htdemucs_parity (Debian 12's python3-torch 1.13.1):
#   state_dict.pt  a state dict as torch.save writes one: float32, float16 and int64 tensors,
#                  a transposed view and two tensors sharing one storage;
#   state_dict.json  what it holds, to compare with;
#   hostile.th     a demucs-like checkpoint whose pickle calls os.system when unpickled.
import collections
import json
import os

import torch

g = torch.Generator().manual_seed(7)
base = torch.randn(6, 4, generator=g)
state = collections.OrderedDict()
state["fc1.weight"] = torch.randn(3, 5, generator=g)
state["fc1.bias"] = torch.randn(3, generator=g).half()
state["steps"] = torch.tensor([1, -2, 300000], dtype=torch.int64)
state["transposed"] = base.t()            # strides (1, 4)
state["rows"] = base[2:4]                 # shares base's storage, offset 8
torch.save(state, "state_dict.pt")
json.dump({k: {"shape": list(v.shape), "dtype": str(v.dtype),
               "values": v.float().flatten().tolist()} for k, v in state.items()},
          open("state_dict.json", "w"), indent=1)


class Hostile:
    def __reduce__(self):
        return (os.system, ("echo this must never run",))


torch.save({"klass": "x", "args": (), "kwargs": {"payload": Hostile()}, "state": {}}, "hostile.th")
