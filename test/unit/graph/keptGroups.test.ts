import { describe, expect, it } from "vitest";
import { describeGroups } from "../../../src/graph/communities";
import { carryGroups, previousGroupsOf, type PreviousGroups } from "../../../src/graph/keptGroups";
import { grouped, paper, times } from "../../support/papers";

// Before: Ann's group (Ann, Bo, Cy; blue) and Dee's (Dee, Eve, Fay; orange).
const previous: PreviousGroups = {
  members: { people: ["ann", "bo", "cy", "dee", "eve", "fay"], groups: Int32Array.from([0, 0, 0, 1, 1, 1]) },
  groups: [
    { color: "blue", center: "ann" },
    { color: "orange", center: "dee" },
  ],
};

describe("what groups keep through a rebuild", () => {
  it("keeps the colour of each group that carries on, and its name while its namesake is in it", () => {
    // Now: Bo, Cy and newcomer Gus (group 0, from Ann's: Ann left it for Dee's); Ann, Dee, Eve,
    // Fay (group 1: 3 of its 4 from Dee's, with Dee); Hal alone, new (group 2).
    const g = grouped([paper("1", ["Bo", "Cy", "Gus"]), paper("2", ["Ann", "Dee", "Eve", "Fay"]), paper("3", ["Hal"])], { bo: 0, cy: 0, gus: 0, ann: 1, dee: 1, eve: 1, fay: 1, hal: 2 });
    expect(carryGroups(previous, g)).toEqual([
      { community: 0, color: "blue", center: null },
      { community: 1, color: "orange", center: "dee" },
    ]);
  });

  it("keeps a group's namesake though another author is more central now; the group whose namesake left is named afresh", () => {
    // The graph of the test before. Group 0: Bo, Cy and Gus all have 2 co-authors and weigh the
    // same; by label, Bo. Group 1: Ann, Dee, Eve and Fay tie the same way, and Ann's label comes
    // first, but Dee names it as before.
    const g = grouped([paper("1", ["Bo", "Cy", "Gus"]), paper("2", ["Ann", "Dee", "Eve", "Fay"]), paper("3", ["Hal"])], { bo: 0, cy: 0, gus: 0, ann: 1, dee: 1, eve: 1, fay: 1, hal: 2 });
    g.setAttribute("keptGroups", carryGroups(previous, g));
    expect(describeGroups(g).map(({ id, name }) => [id, name])).toEqual([[1, "Dee"], [0, "Bo"], [2, "Hal"]]);
  });

  it("hands on the colours and the names of the groups on screen: a namesake kept from before, else the name shown, else the most central author", () => {
    // Group 0: Ann wrote with Bo twice and with Cy once (Ann most central); kept from an earlier
    // rebuild under Cy's name. Group 1: Dee with Eve, Eve with Fay: Eve is most central, but a
    // filter shows it under Dee's. Group 2: Gus with Hal three times, Hal with Ivy once: Hal,
    // hidden whole by the filters.
    const g = grouped([...times(2, ["Ann", "Bo"]), paper("ac", ["Ann", "Cy"]), paper("de", ["Dee", "Eve"]), paper("ef", ["Eve", "Fay"]), ...times(3, ["Gus", "Hal"]), paper("hi", ["Hal", "Ivy"])], {
      ann: 0, bo: 0, cy: 0, dee: 1, eve: 1, fay: 1, gus: 2, hal: 2, ivy: 2,
    });
    g.setAttribute("keptGroups", [{ community: 0, color: "green", center: "cy" }]);
    const shown = [
      { id: 0, size: 3, center: "ann", name: "Ann" },
      { id: 1, size: 1, center: "dee", name: "Dee" },
    ];
    const handed = previousGroupsOf(g, new Map([[0, "green"], [1, "purple"], [2, "sky"]]), shown);
    expect(handed.groups).toEqual([
      { color: "green", center: "cy" },
      { color: "purple", center: "dee" },
      { color: "sky", center: "hal" },
    ]);
    expect(handed.members).toEqual({ people: ["ann", "bo", "cy", "dee", "eve", "fay", "gus", "hal", "ivy"], groups: Int32Array.from([0, 0, 0, 1, 1, 1, 2, 2, 2]) });
  });
});
