/**
 * On phones the panel is a sheet over the map and the toolbar's actions fold into a menu
 * (styles.css); these two buttons open and close them. On wide screens both are hidden.
 */
export function mountNarrowScreen(elements: { topbar: HTMLElement; menuToggle: HTMLButtonElement; sheet: HTMLElement; sheetToggle: HTMLButtonElement }): void {
  const { topbar, menuToggle, sheet, sheetToggle } = elements;
  menuToggle.addEventListener("click", () => {
    const open = topbar.classList.toggle("menu-open");
    menuToggle.setAttribute("aria-expanded", String(open));
  });
  topbar.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !topbar.classList.contains("menu-open")) return;
    topbar.classList.remove("menu-open");
    menuToggle.setAttribute("aria-expanded", "false");
    menuToggle.focus();
  });
  sheetToggle.addEventListener("click", () => {
    const expanded = sheet.classList.toggle("expanded");
    sheetToggle.setAttribute("aria-expanded", String(expanded));
    sheetToggle.textContent = expanded ? "Show less" : "Show more";
  });
}
